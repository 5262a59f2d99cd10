// The policy texts kept in the repository (content/policies/<kind>-<version>.<locale>.md), adapted from the
// shop's original French policy (content/policies/source/). prisma/seed.ts publishes the first ones when
// missing; npm run policy:publish (scripts/publish-policy.ts) publishes the next ones.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/lib/i18n/routing";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import type { PolicyInput, PolicyKind } from "./documents";

export const POLICY_CONTENT_DIR = path.resolve(process.cwd(), "content/policies");

/** Where the text of a version in one language is kept, by naming convention. */
export function policyFilePath(kind: PolicyKind, version: string, locale: Locale): string {
  return path.join(POLICY_CONTENT_DIR, `${kind}-${version}.${locale}.md`);
}

function read(kind: PolicyKind, version: string, locale: Locale): string {
  return fs.readFileSync(policyFilePath(kind, version, locale), "utf8");
}

/** The text of a version in one language, or "" when its file does not exist (publishing then refuses it). */
export function readPolicyText(kind: PolicyKind, version: string, locale: Locale): string {
  const file = policyFilePath(kind, version, locale);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
}

/**
 * An effective date as an operator writes it: a day ("2027-01-15", meaning midnight in the shop's time zone,
 * when the day starts for its customers) or a full ISO date and time with its offset. Null when unreadable.
 */
export function parseEffectiveDate(value: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) {
    const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
    const date = new Date(value);
    return withOffset && !Number.isNaN(date.getTime()) ? date : null;
  }
  // "2026-13-45" is no day at all (and formatting it would throw).
  const utcMidnight = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(utcMidnight.getTime())) return null;
  // The shop's offset at 00:00 UTC that day is its offset at local midnight too (Paris changes at 01:00 UTC).
  const offset = new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(utcMidnight)
    .find((part) => part.type === "timeZoneName")
    ?.value.replace("GMT", "");
  const date = new Date(`${value}T00:00:00${offset || "Z"}`);
  // "2027-02-30" parses as nothing or as another day: refuse it.
  return Number.isNaN(date.getTime()) || !sameDay(date, day.slice(1, 4).join("-")) ? null : date;
}

function sameDay(date: Date, day: string): boolean {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE }).format(date) === day;
}

/** The versions the shop opened with: in force from the day of publication. */
export function initialPolicies(effectiveAt: Date): PolicyInput[] {
  const version = "2026-11-30";
  return [
    {
      kind: "privacy",
      version,
      effectiveAt,
      summary: {
        fr: "Première version publiée : chaque engagement de la politique d’origine, décrit tel que la boutique le tient.",
        en: "First published version: every commitment of the original policy, described as the shop keeps it.",
      },
      body: { fr: read("privacy", version, "fr"), en: read("privacy", version, "en") },
    },
    {
      kind: "terms",
      version,
      effectiveAt,
      summary: {
        fr: "Première version publiée : qui est titulaire du compte, et comment les paiements sont traités.",
        en: "First published version: who holds the account, and how payments are processed.",
      },
      body: { fr: read("terms", version, "fr"), en: read("terms", version, "en") },
    },
  ];
}
