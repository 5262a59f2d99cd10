// P23: the privacy policy and the terms as versioned documents. A version needs both languages; one that
// takes effect later is announced on the home page until its date and by one e-mail per verified customer,
// through the outbox, before it takes effect; earlier versions stay readable.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { PolicyBody } from "@/components/policies/policy-body";
import { DomainError } from "@/lib/errors";
import {
  currentPolicy,
  policyHistory,
  publishPolicyVersion,
  upcomingPolicyChange,
  type PolicyInput,
} from "@/lib/policies/documents";
import { initialPolicies } from "@/lib/policies/files";
import { parsePolicyMarkdown } from "@/lib/policies/markdown";
import { policyNoticeKey } from "@/lib/policies/notices";
import { PARTNERS } from "@/lib/partners/registry";
import { CONTACT_EMAIL } from "@/lib/shop";
import { createTestDb, type TestDb } from "../helpers/test-db";

const SITE = "https://shop.example";
const DAY = 86_400_000;
const now = new Date("2026-12-01T09:00:00Z");
const later = (days: number) => new Date(now.getTime() + days * DAY);

let testDb: TestDb;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => {
  await testDb.close();
});
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  await db.policyDocument.deleteMany();
  await db.user.deleteMany();
});

function version(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    kind: "privacy",
    version: "2027-01-01",
    effectiveAt: later(30),
    summary: { fr: "Nous ajoutons un transporteur.", en: "We add a carrier." },
    body: { fr: "# Politique\n\nTexte français.", en: "# Policy\n\nEnglish text." },
    ...overrides,
  };
}

async function refusal(input: PolicyInput): Promise<DomainError> {
  const error = await publishPolicyVersion(db, input, now, SITE).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("P23: publishing", () => {
  test("P23: a version whose French or English text or summary is missing is refused, nothing stored", async () => {
    const base = version();
    expect((await refusal({ ...base, body: { fr: base.body.fr, en: "  " } })).field).toBe("bodyEn");
    expect((await refusal({ ...base, body: { fr: "", en: base.body.en } })).field).toBe("bodyFr");
    expect((await refusal({ ...base, summary: { fr: base.summary.fr, en: "" } })).field).toBe("summaryEn");
    expect((await refusal({ ...base, summary: { fr: "\n", en: base.summary.en } })).field).toBe("summaryFr");
    expect(await db.policyDocument.count()).toBe(0);
  });

  test("P23: a different text under a published version is refused (versions are never edited)", async () => {
    await publishPolicyVersion(db, version(), now, SITE);
    const changed = version({ body: { fr: "Autre texte.", en: "Other text." } });
    expect((await refusal(changed)).code).toBe("duplicateName");
    expect((await db.policyDocument.findFirstOrThrow()).bodyEn).toBe("# Policy\n\nEnglish text.");
  });

  test("P23: a future version queues exactly one notice per verified customer, in their language, even when published twice", async () => {
    const fr = await db.user.create({ data: { email: "fr@example.fr", emailVerified: now, locale: "fr" } });
    const en = await db.user.create({ data: { email: "en@example.com", emailVerified: now, locale: "en" } });
    await db.user.create({ data: { email: "unverified@example.fr", locale: "fr" } });
    await db.user.create({ data: { email: "admin@example.fr", emailVerified: now, role: "admin" } });

    const first = await publishPolicyVersion(db, version(), now, SITE);
    const second = await publishPolicyVersion(db, version(), later(1), SITE);
    expect(first.noticesQueued).toBe(2);
    expect(second.document.id).toBe(first.document.id);

    const emails = await db.emailOutbox.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((email) => email.to)).toEqual(["en@example.com", "fr@example.fr"]);
    expect(emails.map((email) => email.key).sort()).toEqual(
      [policyNoticeKey(first.document, en.id), policyNoticeKey(first.document, fr.id)].sort(),
    );
    const [english, french] = emails;
    expect(english?.locale).toBe("en");
    expect(english?.text).toContain("We add a carrier.");
    expect(english?.text).toContain(`${SITE}/en/privacy/versions/2027-01-01`);
    expect(french?.locale).toBe("fr");
    expect(french?.subject).toContain("Politique de confidentialité");
    expect(french?.text).toContain("Nous ajoutons un transporteur.");
    expect(emails.every((email) => email.status === "pending" && email.template === "policy-change")).toBe(true);
  });

  test("P23: notices reach every verified customer across batches", async () => {
    await db.user.createMany({
      data: Array.from({ length: 205 }, (_, index) => ({ email: `c${index}@example.fr`, emailVerified: now })),
    });
    const { noticesQueued } = await publishPolicyVersion(db, version(), now, SITE);
    expect(noticesQueued).toBe(205);
    expect(await db.emailOutbox.count()).toBe(205);
  });

  test("P23: a new version of a published document cannot take effect without notice", async () => {
    await publishPolicyVersion(db, version({ version: "2026-12-01", effectiveAt: now }), now, SITE);
    const error = await refusal(version({ effectiveAt: now }));
    expect([error.code, error.field]).toEqual(["invalid", "effectiveAt"]);
    expect((await publishPolicyVersion(db, version({ effectiveAt: later(1) }), now, SITE)).document.version).toBe(
      "2027-01-01",
    );
  });

  test("P23: a version in force at once sends no notice (there is no 'before')", async () => {
    await db.user.create({ data: { email: "fr@example.fr", emailVerified: now } });
    const { noticesQueued } = await publishPolicyVersion(db, version({ effectiveAt: now }), now, SITE);
    expect(noticesQueued).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });
});

describe("P23: what the pages show", () => {
  test("P23: the home-page notice is shown until the effective date, and gone after", async () => {
    await publishPolicyVersion(db, version({ effectiveAt: now, version: "2026-12-01" }), now, SITE);
    expect(await upcomingPolicyChange(db, now)).toBeNull();
    const effectiveAt = later(30);
    await publishPolicyVersion(db, version({ effectiveAt }), now, SITE);

    expect((await upcomingPolicyChange(db, now))?.version).toBe("2027-01-01");
    expect((await upcomingPolicyChange(db, new Date(effectiveAt.getTime() - 1)))?.version).toBe("2027-01-01");
    expect(await upcomingPolicyChange(db, effectiveAt)).toBeNull();
    expect(await upcomingPolicyChange(db, later(31))).toBeNull();
  });

  test("P23: the current version is the latest in force; history lists every version, newest first", async () => {
    await publishPolicyVersion(db, version({ version: "2026-06-01", effectiveAt: later(-180) }), later(-190), SITE);
    await publishPolicyVersion(db, version({ version: "2026-11-30", effectiveAt: later(-1) }), later(-2), SITE);
    await publishPolicyVersion(db, version({ version: "2027-01-01", effectiveAt: later(30) }), now, SITE);
    await publishPolicyVersion(
      db,
      version({ kind: "terms", version: "2026-11-30", effectiveAt: later(-1) }),
      now,
      SITE,
    );

    expect((await currentPolicy(db, "privacy", now))?.version).toBe("2026-11-30");
    expect((await currentPolicy(db, "privacy", later(30)))?.version).toBe("2027-01-01");
    expect((await currentPolicy(db, "privacy", later(-100)))?.version).toBe("2026-06-01");
    expect(await currentPolicy(db, "privacy", later(-200))).toBeNull();
    expect((await policyHistory(db, "privacy")).map((document) => document.version)).toEqual([
      "2027-01-01",
      "2026-11-30",
      "2026-06-01",
    ]);
    expect((await policyHistory(db, "terms")).map((document) => document.version)).toEqual(["2026-11-30"]);
  });
});

describe("P23: the shop's own texts", () => {
  test("P23: the seeded privacy policy and terms publish, with PluSuite's contact and processors", async () => {
    for (const policy of initialPolicies(now)) await publishPolicyVersion(db, policy, now, SITE);
    const privacy = await currentPolicy(db, "privacy", now);
    const terms = await currentPolicy(db, "terms", now);
    for (const text of [privacy?.bodyFr, privacy?.bodyEn, terms?.bodyFr, terms?.bodyEn]) {
      expect(text).toContain(CONTACT_EMAIL);
      // The original's placeholders and the other company's name it was copied from.
      expect(text).not.toMatch(/email protected|Upturn|PlusSuite/);
    }
    for (const name of ["Stripe", "PayPal", "Tidio"]) {
      expect(PARTNERS.some((partner) => partner.name === name)).toBe(true);
      expect(privacy?.bodyFr).toContain(name);
      expect(privacy?.bodyEn).toContain(name);
    }
    // Same structure in both languages: as many sections, paragraphs and list items.
    for (const document of [privacy, terms]) {
      const shape = (source = "") => parsePolicyMarkdown(source).map((block) => block.type);
      expect(shape(document?.bodyEn)).toEqual(shape(document?.bodyFr));
    }
  });

  test("P23: the policy page renders headings, paragraphs and lists as elements, never the text's markup", () => {
    const html = renderToStaticMarkup(
      PolicyBody({ source: "# Title\n\n## Section\n\nA <script>x</script> line.\n\n1. first\n2. second" }),
    );
    expect(html).not.toContain("Title");
    expect(html).toContain("Section</h2>");
    expect(html).toContain("<p>A &lt;script&gt;x&lt;/script&gt; line.</p>");
    expect(html).toMatch(/<ol[^>]*><li>first<\/li><li>second<\/li><\/ol>/);
  });

  test("P23: the policy text is parsed into plain blocks (markup in it stays text)", () => {
    const blocks = parsePolicyMarkdown(
      "# Title\n\n## Section\nOne line\ncontinued.\n\n1. first\n2. second\n\n- <b>x</b>",
    );
    expect(blocks).toEqual([
      { type: "heading", level: 1, text: "Title" },
      { type: "heading", level: 2, text: "Section" },
      { type: "paragraph", text: "One line continued." },
      { type: "list", ordered: true, items: ["first", "second"] },
      { type: "list", ordered: false, items: ["<b>x</b>"] },
    ]);
  });
});
