import type { Locale } from "./routing";

export type Messages = typeof import("@/messages/fr.json");

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`@/messages/${locale}.json`)).default as Messages;
}

/** Client components get only the namespaces they use, never the whole catalogue of strings. */
export function pickNamespaces<K extends keyof Messages>(messages: Messages, namespaces: readonly K[]) {
  return Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]])) as Pick<Messages, K>;
}
