// The policy texts kept in the repository (content/policies/<kind>-<version>.<locale>.md), adapted from the
// shop's original French policy (content/policies/source/). prisma/seed.ts publishes them when missing.
import fs from "node:fs";
import path from "node:path";
import type { PolicyInput } from "./documents";

const CONTENT_DIR = path.resolve(process.cwd(), "content/policies");

function read(kind: string, version: string, locale: "fr" | "en"): string {
  return fs.readFileSync(path.join(CONTENT_DIR, `${kind}-${version}.${locale}.md`), "utf8");
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
