import NextLink from "next/link";
import { useLocale } from "next-intl";
import { createNavigation } from "next-intl/navigation";
import type { ComponentProps } from "react";
import { localizedHref, routing } from "./routing";

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * The shop's links: a path without its locale, given the page's one, and not prefetched unless asked (prefetch):
 * Next.js would otherwise download the code and data of every page a link on the screen points to (the menu, every
 * category), on a phone's data plan and while the page is still starting up. A click fetches the page then; our
 * pages are prerendered and answer fast.
 * next/link itself rather than next-intl's Link, which wraps it to switch languages (the language switcher does that
 * here): each of a page's 20 to 30 links is a client component written into the page with its props and hydrated,
 * and next-intl's added three props and two components to every one (issue 13).
 */
export function Link({ prefetch = false, href, ...props }: LinkProps) {
  const locale = useLocale();
  return <NextLink prefetch={prefetch} href={localizedHref(href, locale)} {...props} />;
}
