// Who holds the account, as Mon compte shows it (P26, P27): the person who signed up, or the organization
// they signed up for, with its members; read from the viewer's own id only.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { accountHolderOf } from "@/lib/accounts/holder";
import { acceptInvitation, inviteMember } from "@/lib/accounts/invitations";
import { individualSignUpSchema, organizationSignUpSchema } from "@/lib/accounts/schemas";
import { registerIndividual, registerOrganization } from "@/lib/accounts/sign-up";
import type { Db } from "@/lib/db/client";
import { linkToken, organization, person, SHARED_PASSWORD, SITE } from "../helpers/accounts";
import { hashPassword } from "@/lib/auth/password";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const later = new Date("2026-11-26T09:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());

async function signUpPerson() {
  const result = await registerIndividual(db, individualSignUpSchema.parse(person), SITE, now);
  if (result.status !== "created") throw new Error("the person's sign-up failed");
  return result.userId;
}

async function signUpOrganization() {
  const result = await registerOrganization(db, organizationSignUpSchema.parse(organization), SITE, now);
  if (result.status !== "created" || !result.organizationId) throw new Error("the organization's sign-up failed");
  return { ownerId: result.userId, organizationId: result.organizationId };
}

/** An existing customer, invited by the owner, accepts from the e-mailed link. */
async function joinByInvitation(organizationId: string, ownerId: string, email: string, name: string) {
  const member = await db.user.create({
    data: { email, name, passwordHash: await hashPassword(SHARED_PASSWORD), emailVerified: now, createdAt: now },
  });
  await inviteMember(db, organizationId, ownerId, email, SITE, now);
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: "organization-invitation" } });
  await acceptInvitation(db, linkToken(mail.text, "accept-invitation"), member.id, later);
  return member.id;
}

describe("the account holder in Mon compte (P26, P27)", () => {
  let personId: string;
  let ownerId: string;
  let organizationId: string;
  let memberId: string;

  beforeAll(async () => {
    personId = await signUpPerson();
    ({ ownerId, organizationId } = await signUpOrganization());
    memberId = await joinByInvitation(organizationId, ownerId, "lou@atelier-bleu.fr", "Lou Bernard");
  });

  test("P26: after an individual sign-up, the person is the account holder", async () => {
    expect(await accountHolderOf(db, personId)).toEqual({
      kind: "person",
      name: "Camille Martin",
      email: "camille.martin@example.fr",
      since: now,
    });
  });

  test("P27: after an organization sign-up, the organization holds the account and the signer is its owner with the attestation recorded", async () => {
    const holder = await accountHolderOf(db, ownerId);
    expect(holder).toMatchObject({
      kind: "organization",
      organizationId,
      organizationName: "Atelier Bleu SARL",
      vatNumber: "FR40303265045", // normalized by the sign-up schema
      country: "FR",
      viewerRole: "owner",
      attestation: { at: now, byName: "Dominique Leroy", byViewer: true },
      since: now,
    });
    if (holder.kind !== "organization") throw new Error("unreachable");
    expect(holder.members[0]).toEqual({
      userId: ownerId,
      name: "Dominique Leroy",
      email: "dominique@atelier-bleu.fr",
      role: "owner",
      joinedAt: now,
      isViewer: true,
    });
  });

  test("P27: a member who accepted an invitation sees the same organization as holder, as a member", async () => {
    const ownerView = await accountHolderOf(db, ownerId);
    const memberView = await accountHolderOf(db, memberId);
    expect(memberView).toMatchObject({
      kind: "organization",
      organizationId,
      viewerRole: "member",
      // The signer attested, not this member: the record names the signer.
      attestation: { at: now, byName: "Dominique Leroy", byViewer: false },
    });
    if (memberView.kind !== "organization" || ownerView.kind !== "organization") throw new Error("unreachable");
    const roster = (view: typeof memberView) =>
      view.members.map(({ userId, role, joinedAt }) => [userId, role, joinedAt]);
    expect(roster(memberView)).toEqual([
      [ownerId, "owner", now],
      [memberId, "member", later],
    ]);
    expect(roster(ownerView)).toEqual(roster(memberView));
    expect(memberView.members.filter((m) => m.isViewer).map((m) => m.userId)).toEqual([memberId]);
  });

  test("P26, P27: each customer reads only their own account's holder", async () => {
    // The function takes the viewer's id and nothing else: no organization id, no other user's id to ask for.
    expect(accountHolderOf.length).toBe(2);
    const personView = await accountHolderOf(db, personId);
    expect(JSON.stringify(personView)).not.toContain("Atelier Bleu");
    expect(JSON.stringify(personView)).not.toContain(ownerId);
    const ownerView = await accountHolderOf(db, ownerId);
    expect(JSON.stringify(ownerView)).not.toContain("camille.martin@example.fr");
    // An empty id (a missing session) is refused rather than matching someone.
    await expect(accountHolderOf(db, "")).rejects.toThrow();
    await expect(accountHolderOf(db, "no-such-user")).rejects.toThrow();
  });
});
