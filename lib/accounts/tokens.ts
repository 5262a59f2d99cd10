// Single-use, expiring links sent by e-mail (verify the address, reset the password, confirm a new
// address). Only a SHA-256 hash of each token is stored: a leaked database holds no usable link. A plain
// hash (no salt, no slow function) is enough because the token is 256 random bits, not a guessable secret.
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError, type ErrorCode } from "@/lib/errors";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/client";

export type { AuthTokenPurpose };

/** Short for a password reset (the link alone grants the account), a day for the others. */
export const TOKEN_LIFETIME_HOURS: Record<AuthTokenPurpose, number> = {
  verifyEmail: 24,
  resetPassword: 1,
  changeEmail: 24,
};

export function newRawToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(rawToken: string): string {
  return createHash("sha256").update(rawToken, "utf8").digest("hex");
}

export type IssuedToken = {
  /** the raw token, to put in the link; never stored */
  token: string;
  /** the AuthToken row id, e.g. for the outbox key of the e-mail carrying the link */
  tokenId: string;
  expiresAt: Date;
};

/**
 * Issues a token and invalidates the user's earlier unused ones of the same purpose: only the latest
 * e-mail's link works, so an older e-mail lying in a mailbox cannot be used later.
 */
export async function issueToken(
  db: Db | Tx,
  userId: string,
  purpose: AuthTokenPurpose,
  now: Date,
  options: { newEmail?: string } = {},
): Promise<IssuedToken> {
  await db.authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const token = newRawToken();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_HOURS[purpose] * 3_600_000);
  const row = await db.authToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      newEmail: options.newEmail ?? null,
      expiresAt,
      createdAt: now,
    },
    select: { id: true },
  });
  return { token, tokenId: row.id, expiresAt };
}

export type TokenFailure = { status: "expired" | "used" | "invalid" };

const TOKEN_ERRORS = {
  expired: "tokenExpired",
  used: "tokenUsed",
  invalid: "tokenInvalid",
} as const satisfies Record<TokenFailure["status"], ErrorCode>;

/** The error code of a link that cannot be used, e.g. for a page that says why. */
export const tokenErrorCode = (status: TokenFailure["status"]) => TOKEN_ERRORS[status];

/** The refusal of a form posted with a link that cannot be used; `token` is the form's hidden input. */
export function tokenRefusal(failure: TokenFailure): DomainError {
  return new DomainError(tokenErrorCode(failure.status), { field: "token" });
}

export type ConsumedToken = { status: "ok"; tokenId: string; userId: string; newEmail: string | null };

/** What a token would give, without using it (e.g. to check a reset link before hashing a password). */
export async function peekToken(
  db: Db | Tx,
  rawToken: string,
  purpose: AuthTokenPurpose,
  now: Date,
): Promise<ConsumedToken | TokenFailure> {
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(rawToken) } });
  // A token of another purpose is as unknown as a made-up one: a verification link cannot reset a password.
  if (!row || row.purpose !== purpose) return { status: "invalid" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= now) return { status: "expired" };
  return { status: "ok", tokenId: row.id, userId: row.userId, newEmail: row.newEmail };
}

/** Uses a token once. The update is conditional on usedAt being null, so of two concurrent uses one fails. */
export async function consumeToken(
  db: Db | Tx,
  rawToken: string,
  purpose: AuthTokenPurpose,
  now: Date,
): Promise<ConsumedToken | TokenFailure> {
  const found = await peekToken(db, rawToken, purpose, now);
  if (found.status !== "ok") return found;
  const { count } = await db.authToken.updateMany({
    where: { id: found.tokenId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1 ? found : { status: "used" };
}

/**
 * After a password or address change: the account's links still pending stop working, those of the given
 * purposes and the sign-in links (Auth.js's VerificationToken, keyed by address), whoever asked for them.
 */
export async function voidPendingLinks(
  tx: Db | Tx,
  user: { id: string; email: string },
  purposes: AuthTokenPurpose[],
  now: Date,
): Promise<void> {
  await tx.authToken.updateMany({
    where: { userId: user.id, purpose: { in: purposes }, usedAt: null },
    data: { usedAt: now },
  });
  await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
}
