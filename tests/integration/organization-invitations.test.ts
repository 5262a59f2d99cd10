// Organization invitations (P27): who may invite, what the organization page shows, expiry, and joining
// from the link with or without an account.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  acceptInvitation,
  INVITATION_DAYS,
  inviteMember,
  joinWithNewAccount,
  peekInvitation,
} from "@/lib/accounts/invitations";
import { organizationsOfMember } from "@/lib/accounts/organizations";
import { invitationSignUpSchema } from "@/lib/accounts/schemas";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const SITE = "https://shop.example";
let sharedHash: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  // Production scrypt costs ~0.3 s per hash: the owners and invited accounts share one.
  sharedHash = await hashPassword("correct horse battery staple");
});
afterAll(() => testDb.close());

const createUser = (email: string, extra: { name?: string; locale?: string; emailVerified?: Date | null } = {}) =>
  db.user.create({ data: { email, passwordHash: sharedHash, emailVerified: new Date(), ...extra } });

const outboxTo = (to: string) => db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe("P27: invitations", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  const daysLater = (days: number) => new Date(now.getTime() + days * 86_400_000);

  async function organizationWithOwner(name: string, ownerEmail: string) {
    const owner = await createUser(ownerEmail, { name: `Owner of ${name}` });
    const organization = await db.organization.create({
      data: {
        name,
        country: "FR",
        vatNumber: "FR40303265045",
        members: { create: { userId: owner.id, role: "owner", createdAt: now } },
      },
    });
    return { owner, organizationId: organization.id };
  }

  async function invite(organizationId: string, ownerId: string, email: string) {
    await inviteMember(db, organizationId, ownerId, email, SITE, now);
    const [mail] = await outboxTo(email);
    return mail!.text.match(/accept-invitation\?token=([\w-]+)/)![1]!;
  }

  test("P27: a member, and the owner of another organization, cannot invite into it", async () => {
    const a = await organizationWithOwner("Atelier A", "owner-a@example.fr");
    const b = await organizationWithOwner("Atelier B", "owner-b@example.fr");
    const member = await createUser("member-a@example.fr");
    await db.organizationMember.create({
      data: { organizationId: a.organizationId, userId: member.id, createdAt: now },
    });

    for (const userId of [member.id, b.owner.id]) {
      await expect(inviteMember(db, a.organizationId, userId, "target@example.fr", SITE, now)).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    expect(await outboxTo("target@example.fr")).toHaveLength(0);

    // The page shows the invitations to owners only, and to nobody outside the organization.
    await invite(a.organizationId, a.owner.id, "target@example.fr");
    const [ownerView] = await organizationsOfMember(db, a.owner.id, now);
    const [memberView] = await organizationsOfMember(db, member.id, now);
    expect(ownerView!.invitations.map((i) => i.email)).toEqual(["target@example.fr"]);
    expect(memberView).toMatchObject({ id: a.organizationId, isOwner: false, invitations: [] });
    expect(memberView!.members.map((m) => m.user.email)).toEqual(["owner-a@example.fr", "member-a@example.fr"]);
    expect((await organizationsOfMember(db, b.owner.id, now)).map((o) => o.id)).toEqual([b.organizationId]);
  });

  test("P27: an expired invitation is refused, to the invited account and to a new one alike", async () => {
    const { owner, organizationId } = await organizationWithOwner("Atelier C", "owner-c@example.fr");
    const invited = await createUser("invited-c@example.fr");
    const existing = await invite(organizationId, owner.id, "invited-c@example.fr");
    const fresh = await invite(organizationId, owner.id, "new-c@example.fr");
    const later = daysLater(INVITATION_DAYS + 1);

    expect(await peekInvitation(db, existing, later)).toEqual({ status: "expired" });
    const expired = { name: "DomainError", code: "tokenExpired", field: "token" };
    await expect(acceptInvitation(db, existing, invited.id, later)).rejects.toMatchObject(expired);
    const input = invitationSignUpSchema.parse({
      token: fresh,
      name: "Noé",
      password: "un mot de passe solide",
      locale: "fr",
    });
    await expect(joinWithNewAccount(db, input, later)).rejects.toMatchObject(expired);
    expect(await db.user.findUnique({ where: { email: "new-c@example.fr" } })).toBeNull();
    expect(await db.organizationMember.count({ where: { organizationId } })).toBe(1);
  });

  test("P27: an invited person without an account creates it from the link: verified member, link used once", async () => {
    const { owner, organizationId } = await organizationWithOwner("Atelier D", "owner-d@example.fr");
    const token = await invite(organizationId, owner.id, "new-d@example.fr");
    expect(await peekInvitation(db, token, now)).toEqual({
      status: "ok",
      organizationName: "Atelier D",
      email: "new-d@example.fr",
      inviterName: "Owner of Atelier D",
      accountExists: false,
    });
    const input = invitationSignUpSchema.parse({
      token,
      name: "Inès",
      password: "un mot de passe solide",
      locale: "en",
    });
    await expect(
      joinWithNewAccount(db, { ...input, password: "New-D@example.fr" }, daysLater(1)),
    ).rejects.toMatchObject({ code: "passwordIsEmail", field: "password" });
    const joined = await joinWithNewAccount(db, input, daysLater(1));
    expect(joined).toMatchObject({ email: "new-d@example.fr", organizationId });

    const user = await db.user.findUniqueOrThrow({
      where: { email: "new-d@example.fr" },
      include: { memberships: true },
    });
    expect(user).toMatchObject({ name: "Inès", locale: "en", role: "customer" });
    expect(user.emailVerified).toEqual(daysLater(1));
    expect(user.passwordHash).not.toContain("un mot de passe solide");
    expect(user.memberships).toMatchObject([{ organizationId, role: "member" }]);
    await expect(joinWithNewAccount(db, input, daysLater(1))).rejects.toMatchObject({
      code: "tokenUsed",
      field: "token",
    });
    expect(await peekInvitation(db, token, daysLater(1))).toEqual({ status: "used" });
  });

  test("P27: the invited address with an account must sign in; creating a second account is refused", async () => {
    const { owner, organizationId } = await organizationWithOwner("Atelier E", "owner-e@example.fr");
    await createUser("has-account-e@example.fr");
    const token = await invite(organizationId, owner.id, "has-account-e@example.fr");
    expect(await peekInvitation(db, token, now)).toMatchObject({ status: "ok", accountExists: true });
    const input = invitationSignUpSchema.parse({ token, name: "X", password: "un mot de passe solide", locale: "fr" });
    await expect(joinWithNewAccount(db, input, now)).rejects.toMatchObject({ code: "accountExists", field: undefined });
    expect(await peekInvitation(db, token, now)).toMatchObject({ status: "ok" });
  });
});
