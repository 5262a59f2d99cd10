// P23: the privacy policy and the terms as versioned documents. A version needs both languages and is never
// replaced; one that takes effect later is announced on the home page until its date and by one e-mail per
// customer, through the outbox, before it takes effect; earlier versions stay readable.
import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { PolicyBody } from "@/components/policies/policy-body";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import {
  MIN_NOTICE_DAYS,
  POLICY_PAGES_REVALIDATE_SECONDS,
  currentPolicy,
  policyHistory,
  publishPolicyVersion,
  upcomingPolicyChanges,
  type PolicyInput,
} from "@/lib/policies/documents";
import { initialPolicies, parseEffectiveDate } from "@/lib/policies/files";
import { parsePolicyMarkdown } from "@/lib/policies/markdown";
import { policyNoticeKey } from "@/lib/policies/notices";
import { PARTNERS } from "@/lib/partners/registry";
import { createTestDb, type TestDb } from "../helpers/test-db";

const SITE = "https://shop.example";
const DAY = 86_400_000;
const now = new Date("2026-12-01T09:00:00Z");
const later = (days: number) => new Date(now.getTime() + days * DAY);
const at = (when: Date) => ({ now: when, siteUrl: SITE });

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

/** A document already in force, so that the next version of it needs a notice. */
async function publishFirst(kind: PolicyInput["kind"] = "privacy") {
  await publishPolicyVersion(db, version({ kind, version: "2026-11-01", effectiveAt: later(-30) }), at(later(-30)));
}

async function refusal(input: PolicyInput, when = now): Promise<DomainError> {
  const error = await publishPolicyVersion(db, input, at(when)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function customers() {
  const fr = await db.user.create({ data: { email: "fr@example.fr", emailVerified: now, locale: "fr" } });
  const en = await db.user.create({ data: { email: "en@example.com", emailVerified: now, locale: "en" } });
  await db.user.create({ data: { email: "unverified@example.fr", locale: "fr" } });
  await db.user.create({ data: { email: "admin@example.fr", emailVerified: now, role: "admin" } });
  return { fr, en };
}

describe("P23: publishing", () => {
  test("P23: a version whose French or English text or summary is missing is refused, nothing stored or queued", async () => {
    await customers();
    const base = version();
    const cases: [PolicyInput, string][] = [
      [{ ...base, body: { fr: base.body.fr, en: "  " } }, "bodyEn"],
      [{ ...base, body: { fr: "", en: base.body.en } }, "bodyFr"],
      [{ ...base, body: { en: base.body.en } as PolicyInput["body"] }, "bodyFr"],
      [{ ...base, summary: { fr: base.summary.fr, en: "" } }, "summaryEn"],
      [{ ...base, summary: { fr: "\n", en: base.summary.en } }, "summaryFr"],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(input);
      expect([error.code, error.field]).toEqual(["policyTextMissing", field]);
    }
    expect(await db.policyDocument.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  test("P23: the refusals are explained in French and in English", async () => {
    const [fr, en] = await Promise.all([loadMessages("fr"), loadMessages("en")]);
    for (const code of ["policyTextMissing", "policyVersionExists", "policyNoticeTooShort"] as const) {
      expect(fr.Errors[code]).not.toBe(en.Errors[code]);
      expect(fr.Errors[code].length).toBeGreaterThan(20);
    }
    // The minimum notice is spelled out in the message: it must follow the rule.
    expect(fr.Errors.policyNoticeTooShort).toContain(`${MIN_NOTICE_DAYS} jours`);
    expect(en.Errors.policyNoticeTooShort).toContain(`${MIN_NOTICE_DAYS} days`);
  });

  test("P23: the database refuses a version without its texts, whatever writes it", async () => {
    const insert = (bodyEn: string) =>
      db.$executeRaw`INSERT INTO "PolicyDocument" ("id", "kind", "version", "effectiveAt", "publishedAt", "summaryFr",
        "summaryEn", "bodyFr", "bodyEn") VALUES (${bodyEn === "" ? "a" : "b"}, 'privacy', ${bodyEn === "" ? "v1" : "v2"},
        ${now}, ${now}, 'Résumé', 'Summary', 'Texte', ${bodyEn})`;
    // (the PGlite adapter does not pass the constraint's name on: the same row with a text goes in)
    await expect(insert("")).rejects.toThrow();
    expect(await insert("Text")).toBe(1);
  });

  test("P23: an existing version is refused, even with the same texts: versions are never edited", async () => {
    await publishPolicyVersion(db, version(), at(now));
    for (const input of [version(), version({ body: { fr: "Autre texte.", en: "Other text." } })]) {
      const error = await refusal(input, later(1));
      expect([error.code, error.field]).toEqual(["policyVersionExists", "version"]);
    }
    expect((await db.policyDocument.findFirstOrThrow()).bodyEn).toBe("# Policy\n\nEnglish text.");
  });

  test("P23: a future version queues exactly one notice per verified customer, in their language, even when publish is retried", async () => {
    const { fr, en } = await customers();
    await publishFirst();

    const first = await publishPolicyVersion(db, version(), at(now));
    expect(first.noticesQueued).toBe(2);
    expect((await refusal(version(), later(1))).code).toBe("policyVersionExists");

    const emails = await db.emailOutbox.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((email) => email.to)).toEqual(["en@example.com", "fr@example.fr"]);
    expect(emails.map((email) => email.key).sort()).toEqual(
      [policyNoticeKey(first.document, en.id), policyNoticeKey(first.document, fr.id)].sort(),
    );
    const [english, french] = emails;
    expect(english?.locale).toBe("en");
    expect(english?.subject).toContain("Privacy policy");
    expect(english?.text).toContain("We add a carrier.");
    expect(english?.text).toContain(`${SITE}/en/privacy/versions/2027-01-01`);
    expect(french?.locale).toBe("fr");
    expect(french?.subject).toContain("Politique de confidentialité");
    expect(french?.text).toContain("Nous ajoutons un transporteur.");
    expect(french?.text).toContain(`${SITE}/fr/privacy/versions/2027-01-01`);
    // Sent by the outbox worker right away: well before the date. It carries no token to scrub.
    expect(emails.every((email) => email.status === "pending" && email.template === "policy-change")).toBe(true);
    expect(emails.every((email) => email.nextAttemptAt < first.document.effectiveAt)).toBe(true);
  });

  test("P23: a publication that fails half-way leaves nothing behind, and its retry queues each notice once", async () => {
    await customers();
    await publishFirst();
    // The outbox refuses one customer's e-mail: the document and the e-mails queued before must go too.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_one_notice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."to" = 'fr@example.fr' THEN RAISE EXCEPTION 'outbox unavailable'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_one_notice BEFORE INSERT ON "EmailOutbox" FOR EACH ROW EXECUTE FUNCTION refuse_one_notice()`,
    );
    try {
      await expect(publishPolicyVersion(db, version(), at(now))).rejects.toThrow(/outbox unavailable/);
      expect(await db.policyDocument.count({ where: { version: "2027-01-01" } })).toBe(0);
      expect(await db.emailOutbox.count()).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_one_notice ON "EmailOutbox"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_one_notice()`);
    }
    expect((await publishPolicyVersion(db, version(), at(now))).noticesQueued).toBe(2);
    expect(await db.emailOutbox.count()).toBe(2);
  });

  test("P23: notices reach every verified customer across batches", async () => {
    await db.user.createMany({
      data: Array.from({ length: 1005 }, (_, index) => ({ email: `c${index}@example.fr`, emailVerified: now })),
    });
    await publishFirst();
    const { noticesQueued } = await publishPolicyVersion(db, version(), at(now));
    expect(noticesQueued).toBe(1005);
    expect(await db.emailOutbox.count()).toBe(1005);
  });

  test(`P23: a new version of a published document is announced at least ${MIN_NOTICE_DAYS} days ahead; only a first version applies at once`, async () => {
    await db.user.create({ data: { email: "fr@example.fr", emailVerified: now } });
    const first = await publishPolicyVersion(db, version({ version: "2026-12-01", effectiveAt: now }), at(now));
    // In force at once: there is no "before", so no notice.
    expect(first.noticesQueued).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);

    for (const effectiveAt of [now, later(1), new Date(later(MIN_NOTICE_DAYS).getTime() - 1)]) {
      const error = await refusal(version({ effectiveAt }));
      expect([error.code, error.field]).toEqual(["policyNoticeTooShort", "effectiveAt"]);
    }
    const next = await publishPolicyVersion(db, version({ effectiveAt: later(MIN_NOTICE_DAYS) }), at(now));
    expect(next.noticesQueued).toBe(1);
  });

  test("P23: publishing from the server refreshes the home page and the document's pages in both languages at once", async () => {
    await publishFirst();
    const refreshed: string[] = [];
    const result = await publishPolicyVersion(db, version(), { ...at(now), revalidatePath: (p) => refreshed.push(p) });
    expect(refreshed.sort()).toEqual(
      [
        "/en",
        "/en/privacy",
        "/en/privacy/versions/2027-01-01",
        "/fr",
        "/fr/privacy",
        "/fr/privacy/versions/2027-01-01",
      ].sort(),
    );
    expect(result.revalidated.sort()).toEqual(refreshed);

    refreshed.length = 0;
    await publishPolicyVersion(db, version(), { ...at(now), revalidatePath: (p) => refreshed.push(p) }).catch(() => {});
    expect(refreshed).toEqual([]);
  });

  test("P23: the pages showing a policy or its notice regenerate within the period the code and the CLI announce", () => {
    const pages = [
      "page.tsx",
      "privacy/page.tsx",
      "terms/page.tsx",
      "privacy/versions/[version]/page.tsx",
      "terms/versions/[version]/page.tsx",
    ];
    for (const page of pages) {
      const source = fs.readFileSync(path.resolve("app/[locale]/(shop)", page), "utf8");
      const declared = /export const revalidate = (\d+);/.exec(source)?.[1];
      expect({ page, revalidate: Number(declared) }).toEqual({ page, revalidate: POLICY_PAGES_REVALIDATE_SECONDS });
    }
  });
});

test("P23: an operator's effective day starts at midnight in Paris, winter and summer; anything unclear is refused", () => {
  expect(parseEffectiveDate("2027-01-15")?.toISOString()).toBe("2027-01-14T23:00:00.000Z");
  expect(parseEffectiveDate("2027-07-15")?.toISOString()).toBe("2027-07-14T22:00:00.000Z");
  expect(parseEffectiveDate("2027-03-28")?.toISOString()).toBe("2027-03-27T23:00:00.000Z");
  expect(parseEffectiveDate("2027-01-15T10:00:00+02:00")?.toISOString()).toBe("2027-01-15T08:00:00.000Z");
  for (const unclear of ["2027-02-30", "2027-1-5", "2027-01-15T10:00", "15/01/2027", ""])
    expect(parseEffectiveDate(unclear)).toBeNull();
});

describe("P23: what the pages show", () => {
  test("P23: the home-page notice is shown from publication until the effective date, and gone after", async () => {
    await publishPolicyVersion(db, version({ effectiveAt: now, version: "2026-12-01" }), at(now));
    expect(await upcomingPolicyChanges(db, now)).toEqual([]);
    const effectiveAt = later(30);
    await publishPolicyVersion(db, version({ effectiveAt }), at(now));

    expect(await upcomingPolicyChanges(db, new Date(now.getTime() - 1))).toEqual([]);
    expect((await upcomingPolicyChanges(db, now)).map((document) => document.version)).toEqual(["2027-01-01"]);
    expect((await upcomingPolicyChanges(db, new Date(effectiveAt.getTime() - 1))).map((d) => d.version)).toEqual([
      "2027-01-01",
    ]);
    expect(await upcomingPolicyChanges(db, effectiveAt)).toEqual([]);
    expect(await upcomingPolicyChanges(db, later(31))).toEqual([]);
  });

  test("P23: the notice names the next change of each document", async () => {
    await publishFirst("privacy");
    await publishFirst("terms");
    await publishPolicyVersion(db, version({ version: "2027-02-01", effectiveAt: later(60) }), at(now));
    await publishPolicyVersion(db, version({ effectiveAt: later(30) }), at(now));
    await publishPolicyVersion(db, version({ kind: "terms", effectiveAt: later(40) }), at(now));
    const upcoming = await upcomingPolicyChanges(db, now);
    expect(upcoming.map((document) => [document.kind, document.version])).toEqual([
      ["privacy", "2027-01-01"],
      ["terms", "2027-01-01"],
    ]);
  });

  test("P23: the current version is the latest in force; history lists every version, newest first", async () => {
    await publishPolicyVersion(db, version({ version: "2026-06-01", effectiveAt: later(-180) }), at(later(-190)));
    await publishPolicyVersion(db, version({ version: "2026-11-30", effectiveAt: later(-1) }), at(later(-10)));
    await publishPolicyVersion(db, version({ version: "2027-01-01", effectiveAt: later(30) }), at(now));
    await publishPolicyVersion(db, version({ kind: "terms", version: "2026-11-30", effectiveAt: later(-1) }), at(now));

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
    for (const policy of initialPolicies(now)) await publishPolicyVersion(db, policy, at(now));
    const privacy = await currentPolicy(db, "privacy", now);
    const terms = await currentPolicy(db, "terms", now);
    for (const text of [privacy?.bodyFr, privacy?.bodyEn, terms?.bodyFr, terms?.bodyEn]) {
      // The texts quote the shop's address (a new version is needed if it changes at /admin/settings).
      expect(text).toContain("contact@plusuite.com");
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
