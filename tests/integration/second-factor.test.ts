// The admins' second factor (P12, lib/auth/second-factor.ts): enrolment with a first code, codes of the
// current step ±1 only, never the same step twice, single-use recovery codes, wrong codes limited per admin,
// and the mark on the session that requireAdmin() and the action builder require (the builder's refusal
// is in action-builder.test.ts).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  confirmEnrolment,
  pendingEnrolment,
  renewRecoveryCodes,
  resetSecondFactor,
  secondFactorState,
  verifySecondFactor,
  type SecondFactorUser,
} from "@/lib/auth/second-factor";
import { activeSessionAccount, createSession, revokeSession } from "@/lib/auth/sessions";
import { openTotpKey, totpCode, totpStep } from "@/lib/auth/totp";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

const SECRET = "second-factor-test-cookie-secret-0123456789";
const now = new Date("2026-12-02T09:00:00Z");
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());

async function newAdmin(email: string): Promise<SecondFactorUser> {
  const { id } = await db.user.create({ data: { email, role: "admin", emailVerified: now }, select: { id: true } });
  return { id, email, sessionId: await newSession(id, now) };
}

async function newSession(userId: string, at: Date): Promise<string> {
  return (await createSession(db, userId, "test", at)).id;
}

/** What the admin's authenticator app shows at `at`, `offset` steps away. */
async function appCode(userId: string, at: Date, offset = 0): Promise<string> {
  const { secretSealed } = await db.adminSecondFactor.findUniqueOrThrow({ where: { userId } });
  return totpCode(openTotpKey(secretSealed, userId, SECRET), totpStep(at) + offset);
}

const passed = async (user: SecondFactorUser, at: Date) =>
  (await activeSessionAccount(db, user.sessionId, user.id, at))?.secondFactor;

async function enrolledAdmin(email: string): Promise<SecondFactorUser & { recoveryCodes: string[] }> {
  const admin = await newAdmin(email);
  await pendingEnrolment(db, admin, SECRET, now);
  const { recoveryCodes } = await confirmEnrolment(db, admin, await appCode(admin.id, now), SECRET, now);
  return { ...admin, recoveryCodes };
}

/** The audit log's entries about an admin's own account, oldest first: actions only, nothing else is kept. */
async function auditActions(userId: string): Promise<string[]> {
  const entries = await db.auditEntry.findMany({
    where: { targetType: "adminAccount", targetId: userId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  for (const entry of entries) {
    expect(entry).toMatchObject({ actorId: userId, actorRole: "admin", before: null, after: null });
  }
  return entries.map((entry) => entry.action);
}

describe("TOTP as authenticator apps compute it", () => {
  test("P12: RFC 6238's SHA-1 test vectors (30-second steps), as 6 digits", () => {
    const key = new TextEncoder().encode("12345678901234567890");
    expect(totpCode(key, totpStep(new Date(59_000)))).toBe("287082");
    expect(totpCode(key, totpStep(new Date(1_111_111_109_000)))).toBe("081804");
    expect(totpCode(key, totpStep(new Date(2_000_000_000_000)))).toBe("279037");
  });
});

describe("P12: enrolment at the first admin sign-in", () => {
  test("P12: the pending key is shown as a QR code (SVG) and as text, the same one on reload, and stored sealed", async () => {
    const admin = await newAdmin("enrol@plusuite.test");
    expect(await secondFactorState(db, admin.id)).toBe("notEnrolled");
    const first = await pendingEnrolment(db, admin, SECRET, now);
    const again = await pendingEnrolment(db, admin, SECRET, minutesLater(2));
    expect(again.secretText).toBe(first.secretText);
    expect(first.uri).toMatch(/^otpauth:\/\/totp\/PluSuite:enrol%40plusuite\.test\?/);
    const uri = new URL(first.uri);
    expect(uri.searchParams.get("issuer")).toBe("PluSuite");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
    expect(first.secretText.replaceAll(" ", "")).toBe(uri.searchParams.get("secret"));
    expect(first.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(first.qrCode.split(",")[1]!, "base64").toString()).toContain("<svg");

    const row = await db.adminSecondFactor.findUniqueOrThrow({ where: { userId: admin.id } });
    expect(row.confirmedAt).toBeNull();
    expect(row.secretSealed).not.toContain(uri.searchParams.get("secret"));
    // Sealed for this admin under this server secret: another row or another secret does not open it.
    const other = await newAdmin("other@plusuite.test");
    expect(() => openTotpKey(row.secretSealed, other.id, SECRET)).toThrow();
    expect(() => openTotpKey(row.secretSealed, admin.id, `${SECRET}-rotated`)).toThrow();
  });

  test("P12: a wrong first code enrols nothing; the right one confirms, gives 10 recovery codes stored hashed and passes the session", async () => {
    const admin = await newAdmin("confirm@plusuite.test");
    await pendingEnrolment(db, admin, SECRET, now);
    const wrong = String((Number(await appCode(admin.id, now)) + 1) % 1_000_000).padStart(6, "0");
    await expect(confirmEnrolment(db, admin, wrong, SECRET, now)).rejects.toMatchObject({
      code: "secondFactorCode",
      field: "code",
    });
    expect(await secondFactorState(db, admin.id)).toBe("notEnrolled");
    expect(await passed(admin, now)).toBe(false);
    expect(await auditActions(admin.id)).toEqual([]);

    const { recoveryCodes } = await confirmEnrolment(db, admin, await appCode(admin.id, now), SECRET, now);
    expect(await secondFactorState(db, admin.id)).toBe("enrolled");
    expect(await passed(admin, now)).toBe(true);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    const stored = await db.adminRecoveryCode.findMany({ where: { userId: admin.id } });
    expect(stored).toHaveLength(10);
    for (const { codeHash } of stored) {
      for (const code of recoveryCodes) expect(codeHash).not.toContain(code.replace("-", ""));
    }
    // P9: the enrolment is in the audit log, with nothing of the key or the codes.
    expect(await auditActions(admin.id)).toEqual(["secondFactor.enrol"]);
    // Enrolled once: no second enrolment over it, no new key shown.
    await expect(confirmEnrolment(db, admin, await appCode(admin.id, now, 1), SECRET, now)).rejects.toMatchObject({
      code: "secondFactorEnrolled",
    });
    await expect(pendingEnrolment(db, admin, SECRET, now)).rejects.toMatchObject({ code: "secondFactorEnrolled" });
  });
});

describe("P12: every new session passes the factor", () => {
  test("P12: a code of the current step or a neighbour is accepted, two steps away it is refused", async () => {
    const admin = await enrolledAdmin("window@plusuite.test");
    const later = minutesLater(10);
    const session = { ...admin, sessionId: await newSession(admin.id, later) };
    expect(await passed(session, later)).toBe(false);
    for (const offset of [-2, 2]) {
      await expect(
        verifySecondFactor(db, session, await appCode(admin.id, later, offset), SECRET, later),
      ).rejects.toMatchObject({ code: "secondFactorCode" });
    }
    expect(await passed(session, later)).toBe(false);
    // Typed with a space in the middle, as some apps show it.
    const code = await appCode(admin.id, later, -1);
    expect(await verifySecondFactor(db, session, `${code.slice(0, 3)} ${code.slice(3)}`, SECRET, later)).toEqual({
      method: "totp",
    });
    expect(await passed(session, later)).toBe(true);
    // The first session is still marked, the factor is per session.
    expect(await passed(admin, later)).toBe(true);
  });

  test("P12: a code is never accepted twice, nor one of a step before the last one used (replay)", async () => {
    const admin = await enrolledAdmin("replay@plusuite.test");
    const later = minutesLater(20);
    const first = { ...admin, sessionId: await newSession(admin.id, later) };
    const second = { ...admin, sessionId: await newSession(admin.id, later) };
    const current = await appCode(admin.id, later);
    expect(await verifySecondFactor(db, first, current, SECRET, later)).toEqual({ method: "totp" });
    await expect(verifySecondFactor(db, second, current, SECRET, later)).rejects.toMatchObject({
      code: "secondFactorCode",
    });
    await expect(
      verifySecondFactor(db, second, await appCode(admin.id, later, -1), SECRET, later),
    ).rejects.toMatchObject({ code: "secondFactorCode" });
    expect(await passed(second, later)).toBe(false);
    // The next step's code is new: accepted.
    expect(await verifySecondFactor(db, second, await appCode(admin.id, later, 1), SECRET, later)).toEqual({
      method: "totp",
    });
    expect(await passed(second, later)).toBe(true);
  });

  test("P12: each recovery code works once (typed in any case, with or without its dash)", async () => {
    const admin = await enrolledAdmin("recovery@plusuite.test");
    const later = minutesLater(30);
    const phoneLost = { ...admin, sessionId: await newSession(admin.id, later) };
    const typed = admin.recoveryCodes[3]!.toLowerCase().replace("-", " ");
    expect(await verifySecondFactor(db, phoneLost, typed, SECRET, later)).toEqual({
      method: "recoveryCode",
      recoveryCodesLeft: 9,
    });
    expect(await passed(phoneLost, later)).toBe(true);
    const again = { ...admin, sessionId: await newSession(admin.id, later) };
    await expect(verifySecondFactor(db, again, admin.recoveryCodes[3]!, SECRET, later)).rejects.toMatchObject({
      code: "secondFactorCode",
    });
    // Another admin's code is not this admin's.
    const other = await enrolledAdmin("recovery-other@plusuite.test");
    await expect(verifySecondFactor(db, again, other.recoveryCodes[0]!, SECRET, later)).rejects.toMatchObject({
      code: "secondFactorCode",
    });
    expect(await passed(again, later)).toBe(false);
  });

  test("P12: after 5 wrong codes in 15 minutes even the right one waits; the window passes and it works", async () => {
    const admin = await enrolledAdmin("limit@plusuite.test");
    const later = minutesLater(46); // 09:46: the limit's window runs to 10:00
    const session = { ...admin, sessionId: await newSession(admin.id, later) };
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(verifySecondFactor(db, session, "000000", SECRET, later)).rejects.toMatchObject({
        code: "secondFactorCode",
      });
    }
    await expect(verifySecondFactor(db, session, await appCode(admin.id, later), SECRET, later)).rejects.toMatchObject({
      code: "limited",
      retryAfterSeconds: 14 * 60,
    });
    await expect(verifySecondFactor(db, session, admin.recoveryCodes[0]!, SECRET, later)).rejects.toMatchObject({
      code: "limited",
    });
    expect(await passed(session, later)).toBe(false);
    // Counted per admin: another admin is not held up.
    const other = await enrolledAdmin("limit-other@plusuite.test");
    const otherSession = { ...other, sessionId: await newSession(other.id, later) };
    expect(await verifySecondFactor(db, otherSession, await appCode(other.id, later), SECRET, later)).toEqual({
      method: "totp",
    });
    const nextWindow = minutesLater(61);
    expect(await verifySecondFactor(db, session, await appCode(admin.id, nextWindow), SECRET, nextWindow)).toEqual({
      method: "totp",
    });
  });

  test("P12: a revoked session is not marked, whatever the code", async () => {
    const admin = await enrolledAdmin("revoked@plusuite.test");
    const later = minutesLater(70);
    const session = { ...admin, sessionId: await newSession(admin.id, later) };
    await revokeSession(db, admin.id, session.sessionId, later);
    await expect(verifySecondFactor(db, session, await appCode(admin.id, later), SECRET, later)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({
      secondFactorAt: null,
    });
  });
});

describe("P12: recovery codes renewed, factor reset", () => {
  test("P12: new recovery codes replace every old one, only from a session that passed the factor", async () => {
    const admin = await enrolledAdmin("renew@plusuite.test");
    await expect(renewRecoveryCodes(db, { ...admin, secondFactor: false }, SECRET, now)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await auditActions(admin.id)).toEqual(["secondFactor.enrol"]);
    const { recoveryCodes } = await renewRecoveryCodes(db, { ...admin, secondFactor: true }, SECRET, now);
    expect(recoveryCodes).toHaveLength(10);
    expect(await auditActions(admin.id)).toEqual(["secondFactor.enrol", "secondFactor.renewRecoveryCodes"]);
    const later = minutesLater(80);
    const session = { ...admin, sessionId: await newSession(admin.id, later) };
    await expect(verifySecondFactor(db, session, admin.recoveryCodes[0]!, SECRET, later)).rejects.toMatchObject({
      code: "secondFactorCode",
    });
    expect(await verifySecondFactor(db, session, recoveryCodes[0]!, SECRET, later)).toMatchObject({
      method: "recoveryCode",
      recoveryCodesLeft: 9,
    });
  });

  test("P12: a reset forgets the key and the codes and unmarks every session: the next visit enrols again", async () => {
    const admin = await enrolledAdmin("reset@plusuite.test");
    expect(await passed(admin, now)).toBe(true);
    await resetSecondFactor(db, admin.id);
    expect(await secondFactorState(db, admin.id)).toBe("notEnrolled");
    expect(await passed(admin, now)).toBe(false);
    expect(await db.adminRecoveryCode.count({ where: { userId: admin.id } })).toBe(0);
    await expect(verifySecondFactor(db, admin, admin.recoveryCodes[0]!, SECRET, now)).rejects.toMatchObject({
      code: "notFound",
    });
  });
});
