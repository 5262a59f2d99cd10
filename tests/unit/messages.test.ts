import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { locales } from "@/lib/i18n/routing";
import { COLOUR_CODES } from "@/prisma/seed-data/types";

type Tree = { [key: string]: string | Tree };
const load = (locale: string): Tree =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1] ?? "").sort();
}

describe("messages", () => {
  const catalogues = Object.fromEntries(locales.map((locale) => [locale, load(locale)]));
  const reference = keys(catalogues.fr!);

  test.each(locales)("%s has exactly the keys of fr, none empty", (locale) => {
    const own = keys(catalogues[locale]!);
    expect(own.filter((key) => !reference.includes(key)), "keys only in " + locale).toEqual([]);
    expect(reference.filter((key) => !own.includes(key)), "keys missing in " + locale).toEqual([]);
    for (const key of own) {
      const value = key.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, catalogues[locale]!);
      expect(String(value).trim(), key).not.toBe("");
    }
  });

  test.each(locales)("%s uses the same placeholders as fr", (locale) => {
    for (const key of reference) {
      const get = (tree: Tree) => key.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree) as string;
      expect(placeholders(get(catalogues[locale]!)), key).toEqual(placeholders(get(catalogues.fr!)));
    }
  });

  test("every colour a variant may have is named in every language", () => {
    for (const locale of locales) {
      const colours = catalogues[locale]!.colours as Tree;
      expect(Object.keys(colours).sort()).toEqual([...COLOUR_CODES].sort());
    }
  });
});

describe("every message formats", () => {
  test.each(locales)("%s: each message parses as ICU and formats with sample values", async (locale) => {
    const { createTranslator } = await import("next-intl");
    const messages = load(locale);
    const errors: string[] = [];
    const t = createTranslator({ locale, messages, onError: (error) => errors.push(error.message) });
    const samples = { count: 3, price: "1 €", language: "English", year: 2026, page: 2, query: "lin", max: 200, rate: "20 %", amount: "2 €", sku: "X", number: 1, date: "1 mars", email: "a@b.c" };
    for (const key of keys(messages)) {
      // titleTemplate contains Next.js's "%s" placeholder, not ICU.
      (t as unknown as (key: string, values: object) => string)(key, samples);
    }
    expect(errors).toEqual([]);
  });
});
