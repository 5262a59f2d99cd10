// The admins' second factor (P12): a TOTP authenticator enrolled at the first admin sign-in, with ten
// single-use recovery codes, and the mark on the session that passed it (UserSession.secondFactorAt), which
// requireAdmin() and the action builder's "admin" access require. The cryptography is in ./totp.ts.
// - enrolment: the page shows a pending key (QR code and text) until a first code from the app confirms it;
//   the confirmation gives the recovery codes, once, and passes the factor for this session;
// - verification: a code of the current 30-second step or a neighbour, never a step already used (replay),
//   or an unused recovery code; wrong codes are counted per admin and refused past a limit.
import { z } from "zod";
import { recordAudit } from "@/lib/admin/audit";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { check, hit, RATE_LIMITS, reset } from "@/lib/security/rate-limit";
import { markSecondFactorPassed } from "./sessions";
import {
  enrolmentUri,
  hashRecoveryCode,
  isRecoveryCodeShape,
  matchingStep,
  newRecoveryCodes,
  newTotpKey,
  normalizeRecoveryCode,
  openTotpKey,
  qrCodeDataUrl,
  sealTotpKey,
} from "./totp";

/** What the second-factor forms post: a code from the app, or a recovery code ("ABCDE-FGHJK"). */
export const secondFactorCodeSchema = z.object({ code: z.string().trim().min(1, "required").max(40, "tooLong") });

/** The admin as the session knows them. */
export type SecondFactorUser = { id: string; email: string; sessionId: string };

export type SecondFactorState = "notEnrolled" | "enrolled";

export async function secondFactorState(db: Db, userId: string): Promise<SecondFactorState> {
  const row = await db.adminSecondFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  return row?.confirmedAt ? "enrolled" : "notEnrolled";
}

export type PendingEnrolment = { secretText: string; uri: string; qrCode: string };

/**
 * The key waiting to be confirmed, created the first time: shown again (the same one) until a code confirms
 * it, so that reloading the page does not invalidate what the app already scanned.
 */
export async function pendingEnrolment(
  db: Db,
  user: Pick<SecondFactorUser, "id" | "email">,
  serverSecret: string,
  now: Date,
): Promise<PendingEnrolment> {
  const row = await db.adminSecondFactor.upsert({
    where: { userId: user.id },
    create: { userId: user.id, secretSealed: sealTotpKey(newTotpKey(), user.id, serverSecret), createdAt: now },
    update: {},
  });
  if (row.confirmedAt) throw new DomainError("secondFactorEnrolled");
  const { uri, secretText } = enrolmentUri(openTotpKey(row.secretSealed, user.id, serverSecret), user.email);
  return { uri, secretText, qrCode: await qrCodeDataUrl(uri) };
}

const failuresKey = (userId: string) => `second-factor:account:${userId}`;

async function refuseWhileLimited(db: Db, userId: string, now: Date): Promise<void> {
  const limit = await check(db, failuresKey(userId), RATE_LIMITS.secondFactorFailuresPerAccount, now);
  if (!limit.allowed) throw new DomainError("limited", { retryAfterSeconds: limit.retryAfterSeconds });
}

async function refuseWrongCode(db: Db, userId: string, now: Date): Promise<never> {
  await hit(db, failuresKey(userId), RATE_LIMITS.secondFactorFailuresPerAccount, now);
  throw new DomainError("secondFactorCode", { field: "code" });
}

/**
 * Confirms the pending key with a first code from the app. Returns the ten recovery codes: the only time
 * they exist in clear. The session is marked as having passed the factor.
 */
export async function confirmEnrolment(
  db: Db,
  user: SecondFactorUser,
  code: string,
  serverSecret: string,
  now: Date,
): Promise<{ recoveryCodes: string[] }> {
  await refuseWhileLimited(db, user.id, now);
  const row = await db.adminSecondFactor.findUnique({ where: { userId: user.id } });
  if (!row) throw new DomainError("notFound");
  if (row.confirmedAt) throw new DomainError("secondFactorEnrolled");
  const step = matchingStep(openTotpKey(row.secretSealed, user.id, serverSecret), code.replace(/\s/g, ""), now);
  if (step === null) return refuseWrongCode(db, user.id, now);

  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    // Conditional: two confirmations at once cannot both hand out recovery codes.
    const { count } = await tx.adminSecondFactor.updateMany({
      where: { userId: user.id, confirmedAt: null },
      data: { confirmedAt: now, lastUsedStep: step },
    });
    if (count !== 1) throw new DomainError("secondFactorEnrolled");
    await replaceRecoveryCodes(tx, user.id, recoveryCodes, serverSecret, now);
    if (!(await markSecondFactorPassed(tx, user.sessionId, user.id, now))) throw new DomainError("forbidden");
    await auditOwnFactor(tx, user.id, "secondFactor.enrol", now);
  });
  await reset(db, failuresKey(user.id));
  return { recoveryCodes };
}

export type Verification = { method: "totp" } | { method: "recoveryCode"; recoveryCodesLeft: number };

/**
 * Passes the second factor for this session with a code from the app (6 digits) or a recovery code. A code
 * is accepted for its step once only: the step is recorded by a conditional update, so a code seen over a
 * shoulder or replayed by a proxy is refused, and of two requests with the same code only one wins.
 */
export async function verifySecondFactor(
  db: Db,
  user: SecondFactorUser,
  typed: string,
  serverSecret: string,
  now: Date,
): Promise<Verification> {
  await refuseWhileLimited(db, user.id, now);
  const row = await db.adminSecondFactor.findUnique({ where: { userId: user.id } });
  if (!row?.confirmedAt) throw new DomainError("notFound");

  const digits = typed.replace(/\s/g, "");
  const step = matchingStep(openTotpKey(row.secretSealed, user.id, serverSecret), digits, now);
  if (step !== null) {
    const passed = await db.$transaction(async (tx) => {
      const { count } = await tx.adminSecondFactor.updateMany({
        where: { userId: user.id, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
        data: { lastUsedStep: step },
      });
      if (count !== 1) return false;
      if (!(await markSecondFactorPassed(tx, user.sessionId, user.id, now))) throw new DomainError("forbidden");
      return true;
    });
    if (passed) {
      await reset(db, failuresKey(user.id));
      return { method: "totp" };
    }
    return refuseWrongCode(db, user.id, now);
  }

  const recovery = normalizeRecoveryCode(typed);
  if (isRecoveryCodeShape(recovery)) {
    const codeHash = hashRecoveryCode(recovery, serverSecret);
    const used = await db.$transaction(async (tx) => {
      const { count } = await tx.adminRecoveryCode.updateMany({
        where: { userId: user.id, codeHash, usedAt: null },
        data: { usedAt: now },
      });
      if (count !== 1) return false;
      if (!(await markSecondFactorPassed(tx, user.sessionId, user.id, now))) throw new DomainError("forbidden");
      return true;
    });
    if (used) {
      await reset(db, failuresKey(user.id));
      return { method: "recoveryCode", recoveryCodesLeft: await unusedRecoveryCodes(db, user.id) };
    }
  }
  return refuseWrongCode(db, user.id, now);
}

/** P9: an admin's changes to their own factor are admin writes too (nothing of the key or codes is kept). */
function auditOwnFactor(
  tx: Tx,
  userId: string,
  action: "secondFactor.enrol" | "secondFactor.renewRecoveryCodes",
  at: Date,
) {
  return recordAudit(tx, { id: userId, role: "admin" }, { action, target: { type: "adminAccount", id: userId }, at });
}

/** Only the hashes are stored: the codes exist in clear in the one answer that shows them. */
async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[], serverSecret: string, now: Date) {
  await tx.adminRecoveryCode.deleteMany({ where: { userId } });
  await tx.adminRecoveryCode.createMany({
    data: codes.map((code) => ({
      userId,
      codeHash: hashRecoveryCode(normalizeRecoveryCode(code), serverSecret),
      createdAt: now,
    })),
  });
}

export function unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  return db.adminRecoveryCode.count({ where: { userId, usedAt: null } });
}

/**
 * Ten new recovery codes replacing the old ones (all of them, used or not), for an admin whose session passed
 * the factor. Returned in clear this once.
 */
export async function renewRecoveryCodes(
  db: Db,
  user: SecondFactorUser & { secondFactor: boolean },
  serverSecret: string,
  now: Date,
): Promise<{ recoveryCodes: string[] }> {
  if (!user.secondFactor) throw new DomainError("forbidden");
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await replaceRecoveryCodes(tx, user.id, recoveryCodes, serverSecret, now);
    await auditOwnFactor(tx, user.id, "secondFactor.renewRecoveryCodes", now);
  });
  return { recoveryCodes };
}

/**
 * For an admin who lost both their phone and their recovery codes, run by someone with access to the server:
 * the next visit to the back office enrols again, and every session of the admin must pass the new factor.
 */
export async function resetSecondFactor(db: Db, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.adminRecoveryCode.deleteMany({ where: { userId } });
    await tx.adminSecondFactor.deleteMany({ where: { userId } });
    await tx.userSession.updateMany({ where: { userId }, data: { secondFactorAt: null } });
  });
}
