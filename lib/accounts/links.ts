// Account links: the pages that e-mailed links open, and sendTokenLink, which issues a single-use token
// (./tokens) and e-mails its link through the outbox. Used by sign-up (verify the address), password
// reset and e-mail change; invitations build their link here too.
import type { Db, Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import type { RenderedEmail } from "@/lib/email/types";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { issueToken, TOKEN_LIFETIME_HOURS, type AuthTokenPurpose } from "./tokens";

/** Pages the e-mailed links open (app/[locale]/…). */
export const ACCOUNT_PATHS = {
  verifyEmail: "verify-email",
  resetPassword: "reset-password",
  confirmEmailChange: "confirm-email-change",
  acceptInvitation: "accept-invitation",
} as const;

export function accountLink(siteUrl: string, locale: Locale, page: keyof typeof ACCOUNT_PATHS, token: string): string {
  return `${siteUrl.replace(/\/+$/, "")}/${locale}/${ACCOUNT_PATHS[page]}?token=${encodeURIComponent(token)}`;
}

/** The language of our e-mails to the user, French when the stored one is unknown. */
export const accountLocale = (user: { locale: string }): Locale => (isLocale(user.locale) ? user.locale : "fr");

export type TokenLink = {
  purpose: AuthTokenPurpose;
  page: keyof typeof ACCOUNT_PATHS;
  /** the outbox template name, also the first part of the e-mail's outbox key */
  template: string;
  to: string;
  newEmail?: string;
  render: (email: { locale: Locale; name: string | null; url: string; hours: number }) => Promise<RenderedEmail>;
};

/**
 * Issues a single-use token and e-mails its link (through the outbox) in the user's language: one e-mail
 * per token, its outbox key names the token. Give it a transaction, so that neither exists without the other.
 */
export async function sendTokenLink(
  tx: Db | Tx,
  user: { id: string; name: string | null; locale: string },
  link: TokenLink,
  siteUrl: string,
  now: Date,
): Promise<void> {
  const extra = link.newEmail ? { newEmail: link.newEmail } : undefined;
  const { token, tokenId } = await issueToken(tx, user.id, link.purpose, now, extra);
  const locale = accountLocale(user);
  const rendered = await link.render({
    locale,
    name: user.name,
    url: accountLink(siteUrl, locale, link.page, token),
    hours: TOKEN_LIFETIME_HOURS[link.purpose],
  });
  await enqueueEmail(tx, {
    key: `${link.template}:${tokenId}`,
    template: link.template,
    locale,
    to: link.to,
    nextAttemptAt: now,
    ...rendered,
    // The link is a key to the account until used or expired: not kept once sent (P12).
    scrubBodyAfterSend: true,
  });
}
