import type { Locale } from "./routing";

export type Messages = typeof import("@/messages/fr.json");

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`@/messages/${locale}.json`)).default as Messages;
}

/**
 * The namespaces the root layout gives client components on every page: nothing else reaches the browser. All but
 * Errors are formatted while the page hydrates, so they use no plural or number (tests/unit/messages.test.ts).
 */
export const CLIENT_NAMESPACES = [
  "LocaleSwitcher",
  "Product",
  "colours",
  "Cart",
  "Errors",
  "Consent",
  "Partners",
  "ExternalLink",
] as const satisfies readonly (keyof Messages)[];

/** Client components get only the namespaces they use, never the whole catalogue of strings. */
export function pickNamespaces<K extends keyof Messages>(messages: Messages, namespaces: readonly K[]) {
  return Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]])) as Pick<Messages, K>;
}
