// npm run policy:publish -- publishes a new version of the privacy policy or the terms (P23) from files, with
// the same function as the back office's /admin/policies (lib/admin/policies.ts). Usage:
//
//   npm run policy:publish -- --kind privacy --version 2027-01-15 --effective 2027-01-15 \
//     --summary-fr "Nous ajoutons un transporteur." --summary-en "We add a carrier."
//
// --kind       privacy | terms
// --version    the version's name (letters, digits, dots, dashes), also its address: /fr/privacy/versions/<version>
// --effective  the day it applies ("2027-01-15" = midnight, Paris time) or an ISO date-time with its offset;
//              at least 7 days ahead for a document that already has a version (MIN_NOTICE_DAYS)
// --summary-fr, --summary-en   what changes, in a few sentences, shown on the page and in the e-mail
//
// The texts are read from content/policies/<kind>-<version>.fr.md and .en.md (write both first: a version
// missing either language is refused). It uses DATABASE_URL like every command, SITE_URL for the links in
// the e-mails, and is refused, changing nothing, if that version already exists: running it twice is safe.
// With a later effective date it queues one notice e-mail per customer; the server's outbox worker sends them
// (or npm run outbox:deliver).
import { parseArgs } from "node:util";
import { createTranslator } from "next-intl";
import { createDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { locales } from "@/lib/i18n/routing";
import { isPolicyKind, POLICY_PAGES_REVALIDATE_SECONDS, publishPolicyVersion } from "@/lib/policies/documents";
import { parseEffectiveDate, policyFilePath, readPolicyText } from "@/lib/policies/files";

const USAGE =
  "usage: npm run policy:publish -- --kind privacy|terms --version <name> --effective <YYYY-MM-DD> " +
  '--summary-fr "…" --summary-en "…"';

const { values } = parseArgs({
  options: {
    kind: { type: "string" },
    version: { type: "string" },
    effective: { type: "string" },
    "summary-fr": { type: "string" },
    "summary-en": { type: "string" },
  },
});

const kind = values.kind;
const version = values.version;
const effectiveAt = parseEffectiveDate(values.effective ?? "");
if (!isPolicyKind(kind) || !version || !effectiveAt) {
  console.error(USAGE);
  if (values.effective && !effectiveAt) console.error(`Unreadable --effective date: ${values.effective}`);
  process.exit(2);
}

for (const locale of locales) {
  if (!readPolicyText(kind, version, locale))
    console.error(`Missing or empty: ${policyFilePath(kind, version, locale)}`);
}

const db = createDb();
const now = new Date();
try {
  const { document, noticesQueued } = await publishPolicyVersion(
    db,
    {
      kind,
      version,
      effectiveAt,
      summary: { fr: values["summary-fr"] ?? "", en: values["summary-en"] ?? "" },
      body: { fr: readPolicyText(kind, version, "fr"), en: readPolicyText(kind, version, "en") },
    },
    { now, siteUrl: getEnv().SITE_URL },
  );
  const minutes = POLICY_PAGES_REVALIDATE_SECONDS / 60;
  const announced = document.effectiveAt > now;
  console.log(
    `Published ${document.kind} version ${document.version}, in force from ${document.effectiveAt.toISOString()}.`,
  );
  console.log(
    announced
      ? `${noticesQueued} notice e-mails queued, one per customer (links to ${getEnv().SITE_URL}); the server's outbox ` +
          "worker sends them, or npm run outbox:deliver."
      : "No notice e-mail: this version applies at once (only a document's first version may).",
  );
  // This process cannot reach the running server's page cache: the prerendered pages catch up on their own.
  console.log(
    `The running shop shows it within ${minutes} minutes, without a restart: the home page, /${kind} and its ` +
      `version pages are regenerated every ${minutes} minutes.`,
  );
  if (announced)
    console.log(
      `The home-page notice shows until ${document.effectiveAt.toISOString()}; from then on, within ${minutes} ` +
        `minutes, /${kind} shows this version and the notice is gone.`,
    );
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  for (const locale of locales) {
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "Errors" });
    console.error(`${locale}: ${t(error.code)}`);
  }
  console.error(`Refused (${error.code}${error.field ? `, ${error.field}` : ""}): nothing was published or queued.`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
