import { createNavigation } from "next-intl/navigation";
import type { ComponentProps } from "react";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * The shop's links, not prefetched unless asked (prefetch): Next.js would otherwise download the code and data
 * of every page a link on the screen points to (the menu, every category), on a phone's data plan and while the
 * page is still starting up. A click fetches the page then; our pages are prerendered and answer fast.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
