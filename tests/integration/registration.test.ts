// Sign-up of a person or an organization (P26, P27), its verification link, and the organization's members.
// The form rules are in sign-up-validation.test.ts; passwords and e-mail changes in
// passwords-and-email-change.test.ts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { acceptInvitation, inviteMember } from "@/lib/accounts/invitations";
import { registerIndividual, registerOrganization, verifyEmail } from "@/lib/accounts/sign-up";
import { individualSignUpSchema, organizationSignUpSchema } from "@/lib/accounts/schemas";
import { consumeToken, issueToken } from "@/lib/accounts/tokens";
import { hashPassword } from "@/lib/auth/password";
import { pendingPasswordProof } from "@/lib/auth/pending-password";
import type { Db } from "@/lib/db/client";
import { linkToken, organization, person, SHARED_PASSWORD, SITE } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const hoursLater = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const SECRET = "integration-test-cookie-secret-of-32-chars";
let sharedHash: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  sharedHash = await hashPassword(SHARED_PASSWORD);
});
afterAll(() => testDb.close());

const outboxTo = (to: string) => db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

const createUser = (email: string, extra: { name?: string; locale?: string } = {}) =>
  db.user.create({ data: { email, passwordHash: sharedHash, emailVerified: now, ...extra } });

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

    // Opened in the browser that signed up (its cookie proves it chose the password: account-hardening.test.ts).
    const browser = { proof: pendingPasswordProof(user.id, SECRET), secret: SECRET };
    expect(await verifyEmail(db, token, hoursLater(1), browser)).toEqual({ status: "ok", userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toEqual(hoursLater(1));
    expect(await verifyEmail(db, token, hoursLater(2), browser)).toEqual({ status: "used" });
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
    // The form's checkbox posts "on" when ticked, nothing when not; code passes a boolean.
    for (const attestAuthority of [false, undefined, "", "off", "yes"]) {
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
    expect(sent).toMatchObject({ email: "lou@atelier-bleu.fr" });
    const [invitation] = await outboxTo("lou@atelier-bleu.fr");
    expect(invitation).toMatchObject({ template: "organization-invitation", locale: "fr" });
    expect(invitation!.subject).toBe("Invitation à rejoindre Atelier Bleu SARL sur PluSuite");
    const token = linkToken(invitation!.text, "accept-invitation");

    // A forwarded link does not let another account in.
    await expect(acceptInvitation(db, token, stranger.id, hoursLater(1))).rejects.toMatchObject({
      name: "DomainError",
      code: "wrongAccount",
    });
    expect(await acceptInvitation(db, token, invitee.id, hoursLater(1))).toEqual({ organizationId });
    await expect(acceptInvitation(db, token, invitee.id, hoursLater(2))).rejects.toMatchObject({
      code: "tokenUsed",
      field: "token",
    });
    const membership = await db.organizationMember.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId, userId: invitee.id } },
    });
    expect(membership).toMatchObject({ role: "member", attestedAt: null });

    const before = await db.organizationInvitation.count();
    const forbidden = { name: "DomainError", code: "forbidden" };
    await expect(inviteMember(db, organizationId, invitee.id, "someone@example.fr", SITE, now)).rejects.toMatchObject(
      forbidden,
    );
    await expect(inviteMember(db, organizationId, stranger.id, "someone@example.fr", SITE, now)).rejects.toMatchObject(
      forbidden,
    );
    // Inviting a member again is refused on the address typed.
    await expect(inviteMember(db, organizationId, owner.id, "LOU@atelier-bleu.fr", SITE, now)).rejects.toMatchObject({
      code: "alreadyMember",
      field: "email",
    });
    expect(await db.organizationInvitation.count()).toBe(before);
    expect(await outboxTo("someone@example.fr")).toHaveLength(0);
  });
});
