import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import emailMessages from "@/tmp-messages-email.json";

/** The shop's messages plus the "Email" and "DevOutbox" namespaces, kept apart until they are merged into messages/*.json. */
export async function loadEmailMessages(locale: Locale) {
  return { ...(await loadMessages(locale)), ...emailMessages[locale] };
}
