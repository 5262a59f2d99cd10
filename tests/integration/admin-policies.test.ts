// P23 in the back office: a draft of the next version, started from the text in force, checked as publication
// checks it; published with the same function as `npm run policy:publish`, which invalidates the policy pages
// and the home page, queues one notice per customer and keeps how many on the version; both steps audited.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  policiesOverview,
  policyDraftForm,
  policyDraftSchema,
  publishDraftSchema,
  publishPolicyDraft,
  savePolicyDraft,
} from "@/lib/admin/policies";
import type { Db } from "@/lib/db/client";
import { currentPolicy, publishPolicyVersion, upcomingPolicyChanges } from "@/lib/policies/documents";
import { createTestDb, type TestDb } from "../helpers/test-db";

const SITE = "https://shop.example";
const DAY = 86_400_000;
const now = new Date("2026-12-03T09:00:00Z");
const later = (days: number) => new Date(now.getTime() + days * DAY);

let testDb: TestDb;
let db: Db;
let admin: { id: string; role: "admin" };
let customer: { id: string; role: "customer" };

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  admin = { id: (await db.user.create({ data: { email: "admin@plusuite.test", role: "admin" } })).id, role: "admin" };
  // Customers as the notices count them: verified ones only (lib/policies/notices.ts).
  const fr = await db.user.create({ data: { email: "fr@example.fr", emailVerified: now, locale: "fr" } });
  await db.user.create({ data: { email: "en@example.com", emailVerified: now, locale: "en" } });
  await db.user.create({ data: { email: "unverified@example.fr", locale: "fr" } });
  customer = { id: fr.id, role: "customer" };
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  await db.auditEntry.deleteMany();
  await db.policyDraft.deleteMany();
  await db.policyDocument.deleteMany();
  // The version in force, published by the seed on day one.
  await publishPolicyVersion(
    db,
    {
      kind: "privacy",
      version: "2026-11-30",
      effectiveAt: later(-3),
      summary: { fr: "Première version.", en: "First version." },
      body: { fr: "# Politique\n\nTexte en vigueur.", en: "# Policy\n\nText in force." },
    },
    { now: later(-3), siteUrl: SITE },
  );
});

const draftFields = (overrides: Record<string, string> = {}) => ({
  kind: "privacy",
  version: "2027-01-15",
  effectiveAt: "2027-01-15",
  summaryFr: "Nous ajoutons un transporteur.",
  summaryEn: "We add a carrier.",
  bodyFr: "# Politique\n\nNouveau texte.\n\n- un transporteur",
  bodyEn: "# Policy\n\nNew text.\n\n- a carrier",
  updatedAt: "",
  ...overrides,
});
const parsed = (overrides: Record<string, string> = {}) => policyDraftSchema.parse(draftFields(overrides));

describe("P23: drafts and publication from the back office", () => {
  test("P23: only an admin drafts, reads or publishes", async () => {
    for (const viewer of [null, customer]) {
      await expect(savePolicyDraft(db, viewer, parsed(), now)).rejects.toMatchObject({ code: "forbidden" });
      await expect(policiesOverview(db, viewer, now)).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        publishPolicyDraft(db, viewer, { kind: "privacy", updatedAt: now.toISOString() }, { now, siteUrl: SITE }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await db.policyDraft.count()).toBe(0);
  });

  test("P23: a new draft starts from the text in force, with the first day it may take effect", async () => {
    expect(await policyDraftForm(db, admin, "privacy", now)).toEqual({
      kind: "privacy",
      version: "",
      // 3 December + 7 days = 10 December at 10:00 in Paris: the first whole day after that is the 11th.
      effectiveAt: "2026-12-11",
      summaryFr: "",
      summaryEn: "",
      bodyFr: "# Politique\n\nTexte en vigueur.",
      bodyEn: "# Policy\n\nText in force.",
      updatedAt: "",
    });
  });

  test("P23: bad drafts are refused on their field: name, date, missing language, too short a notice, a published name", async () => {
    const issues = (fields: Record<string, string>) =>
      policyDraftSchema.safeParse(draftFields(fields)).error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(issues({ version: "2027/01", effectiveAt: "2027-02-30", summaryEn: " ", bodyFr: "" })).toEqual([
      ["version", "invalid"],
      ["effectiveAt", "invalid"],
      ["summaryEn", "required"],
      ["bodyFr", "required"],
    ]);
    await expect(savePolicyDraft(db, admin, parsed({ effectiveAt: "2026-12-08" }), now)).rejects.toMatchObject({
      code: "policyNoticeTooShort",
      field: "effectiveAt",
    });
    await expect(savePolicyDraft(db, admin, parsed({ version: "2026-11-30" }), now)).rejects.toMatchObject({
      code: "policyVersionExists",
      field: "version",
    });
    expect(await db.policyDraft.count()).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "policyDocument.draft" } })).toBe(0);
  });

  test("P23: a draft is saved, edited, and a second admin's stale save is refused; drafts are never public", async () => {
    const first = await savePolicyDraft(db, admin, parsed(), now);
    const edited = await savePolicyDraft(
      db,
      admin,
      parsed({ summaryFr: "Nous ajoutons deux transporteurs.", updatedAt: first.updatedAt.toISOString() }),
      later(0.01),
    );
    expect(edited.id).toBe(first.id);
    expect(edited.summaryFr).toBe("Nous ajoutons deux transporteurs.");
    // The form of someone who loaded the page before that edit, or who started a new draft meanwhile.
    for (const updatedAt of [first.updatedAt.toISOString(), ""])
      await expect(savePolicyDraft(db, admin, parsed({ updatedAt }), later(0.02))).rejects.toMatchObject({
        code: "changedMeanwhile",
      });
    expect((await policyDraftForm(db, admin, "privacy", now)).summaryFr).toBe("Nous ajoutons deux transporteurs.");
    // Nothing public changed: no version, no home-page notice.
    expect(await upcomingPolicyChanges(db, now)).toEqual([]);
    expect((await currentPolicy(db, "privacy", later(60)))?.version).toBe("2026-11-30");
    const audit = await db.auditEntry.findMany({
      where: { action: "policyDocument.draft", targetId: first.id },
      select: { actorId: true, after: true },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toEqual({
      actorId: admin.id,
      after: { kind: "privacy", version: "2027-01-15", effectiveAt: parsed().effectiveAt.toISOString() },
    });
  });

  test("P23: publishing the previewed draft invalidates the pages, notifies each customer once and counts them", async () => {
    const draft = await savePolicyDraft(db, admin, parsed(), now);
    const revalidated: string[] = [];
    const context = { now, siteUrl: SITE, revalidatePath: (path: string) => revalidated.push(path) };
    // A draft changed since the admin previewed it is not published blindly.
    await expect(
      publishPolicyDraft(db, admin, { kind: "privacy", updatedAt: later(-1).toISOString() }, context),
    ).rejects.toMatchObject({ code: "changedMeanwhile" });

    const input = publishDraftSchema.parse({ kind: "privacy", updatedAt: draft.updatedAt.toISOString() });
    const { document, noticesQueued } = await publishPolicyDraft(db, admin, input, context);
    expect(document).toMatchObject({ version: "2027-01-15", summaryEn: "We add a carrier.", noticesQueued: 2 });
    expect(noticesQueued).toBe(2);
    expect(revalidated).toEqual(
      expect.arrayContaining(["/fr", "/en", "/fr/privacy", "/en/privacy/versions/2027-01-15"]),
    );
    // The home-page notice shows it; the draft is gone; publishing again is refused.
    expect((await upcomingPolicyChanges(db, now)).map((upcoming) => upcoming.version)).toEqual(["2027-01-15"]);
    expect(await db.policyDraft.count()).toBe(0);
    await expect(publishPolicyDraft(db, admin, input, context)).rejects.toMatchObject({ code: "notFound" });
    expect(
      await db.auditEntry.findFirstOrThrow({
        where: { action: "policyDocument.publish" },
        select: { actorId: true, targetId: true, after: true },
      }),
    ).toEqual({
      actorId: admin.id,
      targetId: document.id,
      after: {
        kind: "privacy",
        version: "2027-01-15",
        effectiveAt: document.effectiveAt.toISOString(),
        noticesQueued: 2,
      },
    });

    // The list shows the count from the version, and where the e-mails are while the outbox keeps them.
    await db.emailOutbox.updateMany({ where: { to: "fr@example.fr" }, data: { status: "sent", sentAt: now } });
    const [privacy] = await policiesOverview(db, admin, now);
    expect(
      privacy!.versions.map(({ version, state, noticesQueued, notices }) => ({
        version,
        state,
        noticesQueued,
        notices,
      })),
    ).toEqual([
      { version: "2027-01-15", state: "upcoming", noticesQueued: 2, notices: { sent: 1, pending: 1, failed: 0 } },
      { version: "2026-11-30", state: "current", noticesQueued: 0, notices: { sent: 0, pending: 0, failed: 0 } },
    ]);
    // Once the outbox is purged, the count stays on the version.
    await db.emailOutbox.deleteMany();
    expect((await policiesOverview(db, admin, now))[0]!.versions[0]!.noticesQueued).toBe(2);
  });

  test("P23: a publication refused by publishPolicyVersion keeps the draft and writes no audit entry", async () => {
    // The notice period is checked again at publication: a draft saved earlier may have become too close.
    const draft = await savePolicyDraft(db, admin, parsed({ effectiveAt: "2026-12-12" }), now);
    const input = { kind: "privacy" as const, updatedAt: draft.updatedAt.toISOString() };
    await expect(publishPolicyDraft(db, admin, input, { now: later(4), siteUrl: SITE })).rejects.toMatchObject({
      code: "policyNoticeTooShort",
    });
    expect(await db.policyDraft.count()).toBe(1);
    expect(await db.policyDocument.count({ where: { version: "2027-01-15" } })).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "policyDocument.publish" } })).toBe(0);
  });
});
