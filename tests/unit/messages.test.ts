import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, test } from "vitest";
import { ERROR_CODES } from "@/lib/errors";
import { CART_PAGE_MESSAGES, CLIENT_MESSAGES, GALLERY_MESSAGES, PURCHASE_PANEL_MESSAGES } from "@/lib/i18n/messages";
import { locales } from "@/lib/i18n/routing";
import { COLOUR_CODES } from "@/lib/admin/catalogue/form-values";

type Tree = { [key: string]: string | Tree };
const load = (locale: string): Tree =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

/** The ICU arguments of a message, with whether each is numeric (plural, number). */
function argumentsOf(message: string): Map<string, "number" | "text"> {
  const found = new Map<string, "number" | "text">();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (
        element.type === TYPE.argument ||
        element.type === TYPE.date ||
        element.type === TYPE.time ||
        element.type === TYPE.select
      ) {
        found.set(element.value, "text");
      }
      if (element.type === TYPE.number || element.type === TYPE.plural) found.set(element.value, "number");
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return found;
}

function placeholders(message: string): string[] {
  return [...argumentsOf(message).keys()].sort();
}

describe("messages", () => {
  const catalogues = Object.fromEntries(locales.map((locale) => [locale, load(locale)]));
  const reference = keys(catalogues.fr!);

  test.each(locales)("%s has exactly the keys of fr, none empty", (locale) => {
    const own = keys(catalogues[locale]!);
    expect(
      own.filter((key) => !reference.includes(key)),
      "keys only in " + locale,
    ).toEqual([]);
    expect(
      reference.filter((key) => !own.includes(key)),
      "keys missing in " + locale,
    ).toEqual([]);
    for (const key of own) {
      const value = key.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, catalogues[locale]!);
      expect(String(value).trim(), key).not.toBe("");
    }
  });

  test.each(locales)("%s uses the same placeholders as fr", (locale) => {
    for (const key of reference) {
      const get = (tree: Tree) =>
        key.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree) as string;
      expect(placeholders(get(catalogues[locale]!)), key).toEqual(placeholders(get(catalogues.fr!)));
    }
  });

  test("every error code (lib/errors.ts) has its one message under Errors, and nothing else is there", () => {
    for (const locale of locales) {
      expect(Object.keys(catalogues[locale]!.Errors as Tree).sort(), locale).toEqual([...ERROR_CODES].sort());
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
    for (const key of keys(messages)) {
      const message = key.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, messages) as string;
      const samples = Object.fromEntries(
        [...argumentsOf(message)].map(([name, kind]) => [name, kind === "number" ? 3 : "x"]),
      );
      (t as unknown as (key: string, values: object) => string)(key, samples);
    }
    expect(errors).toEqual([]);
  });

  // Client components format their messages in the browser while the page hydrates (the cart's button in every
  // header, the product's stock, the cart page). A plural or a number there makes next-intl create an
  // Intl.PluralRules or Intl.NumberFormat, and the first one loads the locale's data: about 30 ms of a phone's main
  // thread (decision 0014). Counts are written with `select` on 0, 1 and other, which reads the same for whole
  // numbers in French and English. Errors are shown after a failed action, not while the page loads.
  const hydrated: readonly string[] = [
    ...CLIENT_MESSAGES,
    ...PURCHASE_PANEL_MESSAGES,
    ...GALLERY_MESSAGES,
    ...CART_PAGE_MESSAGES,
  ];
  test.each(locales)("%s: messages formatted while a page hydrates create no Intl formatter", (locale) => {
    const formatted = (elements: MessageFormatElement[]): boolean =>
      elements.some(
        (element) =>
          element.type === TYPE.plural ||
          element.type === TYPE.number ||
          element.type === TYPE.pound ||
          (element.type === TYPE.select && Object.values(element.options).some((option) => formatted(option.value))) ||
          (element.type === TYPE.tag && formatted(element.children)),
      );
    const catalogue = load(locale);
    const at = (tree: Tree, path: string) =>
      path.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree);
    // A path names a namespace, a part of one ("Newsletter.form") or a single message ("Consent.title").
    const offending = hydrated.flatMap((path) => {
      const node = at(catalogue, path);
      const messages = typeof node === "string" ? [path] : keys(node).map((key) => `${path}.${key}`);
      return messages.filter((key) => formatted(parse(at(catalogue, key) as string)));
    });
    expect(offending).toEqual([]);
  });
});
