import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  acceptInvitation,
  changePassword,
  confirmEmailChange,
  inviteMember,
  registerIndividual,
  registerOrganization,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
  verifyEmail,
} from "@/lib/accounts/registration";
import {
  checkVatNumber,
  individualSignUpSchema,
  organizationSignUpSchema,
  passwordChangeSchema,
} from "@/lib/accounts/schemas";
import { consumeToken, issueToken } from "@/lib/accounts/tokens";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSession, isSessionActive } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const SITE = "https://shop.example";
const now = new Date("2026-11-25T10:00:00Z");
const hoursLater = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

// Production scrypt parameters cost ~0.3 s and 128 MiB per hash: users that need a password but are not
// the subject of a test share this one hash.
const SHARED_PASSWORD = "correct horse battery staple";
let sharedHash: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  sharedHash = await hashPassword(SHARED_PASSWORD);
});
afterAll(() => testDb.close());

const outboxTo = (to: string) => db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

/** The token of the link in an e-mail, read from the plain-text version as a customer would see it. */
function linkToken(text: string, page: string): string {
  const match = new RegExp(`${SITE}/(?:fr|en)/${page}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${page} link in:\n${text}`);
  return match[1];
}

const createUser = (email: string, extra: { name?: string; locale?: string } = {}) =>
  db.user.create({ data: { email, passwordHash: sharedHash, emailVerified: now, ...extra } });

const person = {
  name: "Camille Martin",
  email: " Camille.Martin@Example.FR ",
  password: "un mot de passe solide",
  locale: "fr",
};
const organization = {
  ...person,
  email: "dominique@atelier-bleu.fr",
  name: "Dominique Leroy",
  organizationName: "Atelier Bleu SARL",
  country: "FR",
  vatNumber: "FR 40 303 265 045",
  jobTitle: "Gérante",
  attestAuthority: true,
};

describe("sign-up (P26, P27)", () => {
  test("P26: an individual sign-up creates an unverified holder with a hashed password and one verification e-mail", async () => {
    const input = individualSignUpSchema.parse(person);
    const result = await registerIndividual(db, input, SITE, now);
    expect(result).toMatchObject({ status: "created", organizationId: null });

    const user = await db.user.findUniqueOrThrow({ where: { email: "camille.martin@example.fr" } });
    expect(user).toMatchObject({ name: "Camille Martin", locale: "fr", emailVerified: null });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(person.password);
    expect(await db.organizationMember.count({ where: { userId: user.id } })).toBe(0);

    const emails = await outboxTo(user.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "verify-email", locale: "fr", status: "pending" });
    expect(emails[0]!.subject).toBe("Confirmez votre adresse e-mail");
    expect(emails[0]!.html).toContain('lang="fr"');
    // Only a hash of the token is stored: the raw token from the link is nowhere in the database.
    const token = linkToken(emails[0]!.text, "verify-email");
    expect(await db.authToken.count({ where: { tokenHash: token } })).toBe(0);

    expect(await verifyEmail(db, token, hoursLater(1))).toEqual({ status: "ok", userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toEqual(hoursLater(1));
    expect(await verifyEmail(db, token, hoursLater(2))).toEqual({ status: "used" });
    expect(await verifyEmail(db, "made-up-token", hoursLater(2))).toEqual({ status: "invalid" });
  });

  test("P26: a verification link expires after 24 hours; a newer link voids the older one", async () => {
    const user = await createUser("late@example.fr");
    const first = await issueToken(db, user.id, "verifyEmail", now);
    const second = await issueToken(db, user.id, "verifyEmail", now);
    expect(await verifyEmail(db, first.token, hoursLater(1))).toEqual({ status: "used" });
    expect(await verifyEmail(db, second.token, hoursLater(24))).toEqual({ status: "expired" });
  });

  test("a token is used once even when two requests race, and only for its purpose", async () => {
    const user = await createUser("race@example.fr");
    const { token } = await issueToken(db, user.id, "resetPassword", now);
    expect(await consumeToken(db, token, "verifyEmail", now)).toEqual({ status: "invalid" });
    const results = await Promise.all([
      consumeToken(db, token, "resetPassword", now),
      consumeToken(db, token, "resetPassword", now),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["ok", "used"]);
  });

  test("P27: an organization sign-up without the authority attestation is refused by the schema", () => {
    for (const attestAuthority of [false, undefined, "on"]) {
      const result = organizationSignUpSchema.safeParse({ ...organization, attestAuthority });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ path: ["attestAuthority"], message: "attestationRequired" }),
      ]);
    }
  });

  test("P27: with the attestation, the organization is the holder and the person its owner-member", async () => {
    const input = organizationSignUpSchema.parse(organization);
    expect(input.vatNumber).toBe("FR40303265045");
    const result = await registerOrganization(db, input, SITE, now);
    if (result.status !== "created") throw new Error(`expected created, got ${result.status}`);

    const org = await db.organization.findUniqueOrThrow({
      where: { id: result.organizationId! },
      include: { members: true },
    });
    expect(org).toMatchObject({ name: "Atelier Bleu SARL", country: "FR", vatNumber: "FR40303265045" });
    expect(org.members).toEqual([
      expect.objectContaining({ userId: result.userId, role: "owner", jobTitle: "Gérante", attestedAt: now }),
    ]);
    expect(await outboxTo("dominique@atelier-bleu.fr")).toHaveLength(1);
  });

  test("P26: an address already registered returns emailTaken and creates no second user", async () => {
    const before = await db.user.count();
    const input = individualSignUpSchema.parse({ ...person, email: "CAMILLE.martin@example.fr", name: "Other" });
    expect(await registerIndividual(db, input, SITE, now)).toEqual({ status: "emailTaken" });
    expect(await db.user.count()).toBe(before);
    expect(await outboxTo("camille.martin@example.fr")).toHaveLength(1);
  });
});

describe("P2, P27: sign-up validation", () => {
  test.each([
    ["FR", "FR40303265045"],
    ["FR", "fr 40-303.265.045"],
    ["BE", "BE0123456789"],
    ["BE", "BE 1234.567.890"],
    ["LU", "LU12345678"],
    ["DE", "DE123456789"],
    ["ES", "ESB12345678"],
    ["IT", "IT12345678901"],
    ["CH", "CHE-123.456.789 MWST"],
    ["CH", "CHE-123.456.789 TVA"],
    ["CH", "CHE123456789"],
  ] as const)("P27: %s VAT number %s is accepted", (country, vat) => {
    expect(checkVatNumber(country, vat)).toMatchObject({ ok: true });
  });

  test.each([
    ["FR", "FR41303265045", "vatKey"],
    ["FR", "FR4030326504", "vatFormat"],
    ["FR", "303265045", "vatFormat"],
    ["FR", "BE0123456789", "vatCountry"],
    ["BE", "FR40303265045", "vatCountry"],
    ["BE", "BE2123456789", "vatFormat"],
    ["LU", "LU1234567", "vatFormat"],
    ["DE", "DE12345678A", "vatFormat"],
    ["IT", "IT1234567890", "vatFormat"],
    ["CH", "CHE-123.456.78", "vatFormat"],
    ["CH", "CHE-123.456.789 VAT", "vatFormat"],
  ] as const)("P27: %s VAT number %s is refused (%s)", (country, vat, error) => {
    expect(checkVatNumber(country, vat)).toEqual({ ok: false, error });
  });

  test("P27: the VAT error is reported with the other errors, as a message key, on its field", () => {
    const result = organizationSignUpSchema.safeParse({ ...organization, name: "", vatNumber: "FR41303265045" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["name", "required"],
      ["vatNumber", "vatKey"],
    ]);
  });

  test("P2, P12: passwords: minimum length, not the e-mail, a new one differs from the current one", () => {
    const messages = (input: unknown) =>
      individualSignUpSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages({ ...person, password: "short" })).toEqual(["passwordTooShort"]);
    expect(messages({ ...person, password: "Camille.Martin@example.fr" })).toEqual(["passwordIsEmail"]);
    expect(messages({ ...person, email: "not-an-address" })).toEqual(["email"]);
    expect(messages({ ...person, locale: "de" })).toEqual(["locale"]);
    expect(
      passwordChangeSchema.safeParse({ currentPassword: SHARED_PASSWORD, newPassword: SHARED_PASSWORD }).error
        ?.issues[0]?.message,
    ).toBe("passwordUnchanged");
  });
});

describe("passwords (P12)", () => {
  test("P12: a reset request answers the same for unknown and known addresses; only the known one gets an e-mail", async () => {
    const user = await createUser("reset@example.fr", { locale: "en", name: "Sam" });
    const unknown = await requestPasswordReset(db, "nobody@example.fr", SITE, now);
    const known = await requestPasswordReset(db, "Reset@Example.fr", SITE, now);
    expect(known).toEqual(unknown);
    expect(await outboxTo("nobody@example.fr")).toHaveLength(0);
    const emails = await outboxTo(user.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "reset-password", locale: "en", subject: "Reset your password" });
    expect(emails[0]!.text).toContain("Hello Sam,");
  });

  test("P12: the reset link works once, sets the new password and signs out every session", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "reset@example.fr" } });
    const sessions = await Promise.all([createSession(db, user.id, "a", now), createSession(db, user.id, "b", now)]);
    const [email] = await outboxTo(user.email);
    const token = linkToken(email!.text, "reset-password");

    expect(await resetPassword(db, token, "a brand new password", hoursLater(0.5))).toEqual({
      status: "ok",
      userId: user.id,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("a brand new password", after.passwordHash)).toBe(true);
    for (const session of sessions) expect(await isSessionActive(db, session.id, user.id, hoursLater(0.5))).toBe(false);

    expect(await resetPassword(db, token, "yet another password", hoursLater(0.6))).toEqual({ status: "used" });
  });

  test("P12: a reset link expires after one hour", async () => {
    await requestPasswordReset(db, "reset@example.fr", SITE, now);
    const emails = await outboxTo("reset@example.fr");
    const token = linkToken(emails.at(-1)!.text, "reset-password");
    expect(await resetPassword(db, token, "a brand new password", hoursLater(1))).toEqual({ status: "expired" });
  });

  test("P12: changing the password needs the current one; other sessions are signed out, this one kept", async () => {
    const user = await createUser("change@example.fr");
    const current = await createSession(db, user.id, "current", now);
    const other = await createSession(db, user.id, "other", now);

    expect(await changePassword(db, user.id, "not the password", "whatever new password", now, current.id)).toEqual({
      status: "wrongPassword",
    });
    expect(await isSessionActive(db, other.id, user.id, now)).toBe(true);

    expect(await changePassword(db, user.id, SHARED_PASSWORD, "my new password 2026", now, current.id)).toEqual({
      status: "ok",
      revokedSessions: 1,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("my new password 2026", after.passwordHash)).toBe(true);
    expect(await isSessionActive(db, current.id, user.id, now)).toBe(true);
    expect(await isSessionActive(db, other.id, user.id, now)).toBe(false);
  });
});

describe("P13: e-mail change is re-verified", () => {
  test("P13: the new address gets the link; after confirmation the address changes and the old one gets a notice", async () => {
    const user = await createUser("old@example.fr", { name: "Alex" });
    const taken = await createUser("taken@example.fr");

    const request = (newEmail: string, currentPassword = SHARED_PASSWORD) =>
      requestEmailChange(db, user.id, { newEmail, currentPassword }, SITE, now);
    expect(await request("new@example.fr", "wrong password")).toEqual({ status: "wrongPassword" });
    expect(await request(taken.email)).toEqual({ status: "emailTaken" });
    expect(await request("New@Example.fr")).toEqual({ status: "sent" });

    const toNew = await outboxTo("new@example.fr");
    expect(toNew).toHaveLength(1);
    expect(toNew[0]).toMatchObject({ template: "change-email", locale: "fr" });
    expect(await outboxTo("old@example.fr")).toHaveLength(0);
    // Nothing changes before the link is followed.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("old@example.fr");

    const token = linkToken(toNew[0]!.text, "confirm-email-change");
    expect(await confirmEmailChange(db, token, hoursLater(1))).toEqual({
      status: "ok",
      userId: user.id,
      email: "new@example.fr",
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ email: "new@example.fr", emailVerified: hoursLater(1) });

    const toOld = await outboxTo("old@example.fr");
    expect(toOld).toHaveLength(1);
    expect(toOld[0]).toMatchObject({ template: "email-changed" });
    expect(toOld[0]!.text).toContain("new@example.fr");
    expect(await confirmEmailChange(db, token, hoursLater(2))).toEqual({ status: "used" });
  });
});

describe("P27: organization members", () => {
  test("P27: an owner invites, the invited address joins as a member; a member cannot invite", async () => {
    const owner = await db.user.findUniqueOrThrow({
      where: { email: "dominique@atelier-bleu.fr" },
      include: { memberships: true },
    });
    const organizationId = owner.memberships[0]!.organizationId;
    const invitee = await db.user.create({ data: { email: "lou@atelier-bleu.fr" } });
    const stranger = await createUser("stranger@example.fr");

    const sent = await inviteMember(db, organizationId, owner.id, "Lou@Atelier-Bleu.fr", SITE, now);
    expect(sent).toMatchObject({ status: "sent" });
    const [invitation] = await outboxTo("lou@atelier-bleu.fr");
    expect(invitation).toMatchObject({ template: "organization-invitation", locale: "fr" });
    expect(invitation!.subject).toBe("Invitation à rejoindre Atelier Bleu SARL sur PluSuite");
    const token = linkToken(invitation!.text, "accept-invitation");

    // A forwarded link does not let another account in.
    expect(await acceptInvitation(db, token, stranger.id, hoursLater(1))).toEqual({ status: "wrongAccount" });
    expect(await acceptInvitation(db, token, invitee.id, hoursLater(1))).toEqual({ status: "ok", organizationId });
    expect(await acceptInvitation(db, token, invitee.id, hoursLater(2))).toEqual({ status: "used" });
    const membership = await db.organizationMember.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId, userId: invitee.id } },
    });
    expect(membership).toMatchObject({ role: "member", attestedAt: null });

    const before = await db.organizationInvitation.count();
    expect(await inviteMember(db, organizationId, invitee.id, "someone@example.fr", SITE, now)).toEqual({
      status: "forbidden",
    });
    expect(await inviteMember(db, organizationId, stranger.id, "someone@example.fr", SITE, now)).toEqual({
      status: "forbidden",
    });
    expect(await db.organizationInvitation.count()).toBe(before);
    expect(await outboxTo("someone@example.fr")).toHaveLength(0);
  });
});
