// A password chosen before the address is verified is only pending (docs/decisions/0006-sign-in-links.md,
// "Pre-registered accounts"): anyone can sign up with someone else's address. Following a link proves the
// mailbox, not who chose the password; the proof of that is a cookie that the browser which chose it
// carries (sign-up, or the right password typed on the unverified account). A link followed in that
// browser keeps the password; followed anywhere else, it verifies the address only once the person there
// chooses a new password, which replaces the pending one and signs every session out.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { revokeAllSessions } from "./sessions";

/** As long as an unverified account lives (RETENTION_DAYS.unverifiedAccount, lib/privacy/retention.ts). */
export const PENDING_PASSWORD_DAYS = 7;

/** What the browser that chose the account's password keeps: a keyed hash of the account id. */
export function pendingPasswordProof(userId: string, secret: string): string {
  return createHmac("sha256", secret).update(`pending-password:${userId}`).digest("base64url");
}

/**
 * What a sign-up with an address that has an account gets: a cookie like any other, so that its presence
 * does not tell who has an account, proving nothing.
 */
export function decoyPendingPasswordProof(): string {
  return randomBytes(32).toString("base64url");
}

export type BrowserProof = { proof: string | null | undefined; secret: string };

/** Whether the browser following a link chose the account's pending password. */
export function provesPendingPassword(browser: BrowserProof | undefined, userId: string): boolean {
  if (!browser?.proof) return false;
  const expected = Buffer.from(pendingPasswordProof(userId, browser.secret));
  const given = Buffer.from(browser.proof);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A link proved the mailbox of a never-verified account, and its password is settled (kept by its own
 * browser, or replaced by the caller in the same transaction): the address is verified now, and every
 * session made before ends. Returns false when the account was verified already (nothing changes).
 */
export async function markFirstVerification(tx: Db | Tx, userId: string, now: Date): Promise<boolean> {
  const { count } = await tx.user.updateMany({
    where: { id: userId, emailVerified: null },
    data: { emailVerified: now },
  });
  if (count === 0) return false;
  await revokeAllSessions(tx, userId, now);
  return true;
}
