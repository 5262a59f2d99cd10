// fast-check arbitraries of what a hostile client sends an entry point (issue 14): odd text (NUL and other
// control characters, lone surrogates, right-to-left overrides, zero-width characters, React's "$" references,
// injections, numbers a parser chokes on), huge text, wrong types, a field repeated where one value is
// expected, prototype-pollution keys, fields left out; next to plausible values, so that some inputs get past
// the schema and the handler itself meets the odd part.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Action } from "./build-manifest";
import { isErrorCode } from "@/lib/errors";

export const ODD_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u0007\u001b[31m\u007f",
  "\r\n\t\v\f",
  "\u202eevil\u202c",
  "\u200b\u200c\u200d\u2060\ufeff",
  "\ud800",
  "x\udfffy",
  "\ud83d",
  "😀👩‍👩‍👧‍👦🏳️‍🌈",
  "e\u0301\u0327\u0338",
  "ﷺ𒐫",
  "\u0085\u2028\u2029",
  "$K1",
  "$@0",
  "$Q1",
  "$F0",
  "$1:then",
  "$$",
  "$",
  "' OR '1'='1",
  '"; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "//evil.example",
  "https://evil.example/",
  "../../../../etc/passwd",
  "%00",
  "%zz",
  "\\",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "-0",
  "1.5",
  "1e309",
  "9007199254740993",
  "9".repeat(400),
  "true",
  "on",
  "[]",
  "{}",
  "[object Object]",
  "__proto__",
  "constructor",
];

/** Around and above the action reader's 20,000-character limit (lib/actions/input.ts), within the body limit. */
export const HUGE_TEXT = [
  "x".repeat(20_000),
  "x".repeat(20_001),
  "é".repeat(10_000),
  "\u0000".repeat(5_000),
  "a\u0300".repeat(5_000),
  "€".repeat(100_000),
];

/** Names that reach an object's prototype, or that Next.js or the reader give a meaning. */
export const POLLUTION_KEYS = [
  "__proto__",
  "__proto__.polluted",
  "constructor",
  "constructor.prototype",
  "constructor.prototype.polluted",
  "prototype",
  "a.__proto__.b",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "$ACTION_ID_0",
  "$ACTION_REF_1",
  "a..b",
  ".",
  "a.b.c.d.e",
  "locale.x",
];

export const oddText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_TEXT) },
);

/** Known rows of the shop, so that some inputs name real things (a variant, a product, a category). */
export type KnownIds = { ids: string[]; slugs: string[] };

/** A plausible value for a field, guessed from its name (the schemas' names are the forms' input names). */
export function plausibleFor(field: string, values: string[], known: KnownIds): fc.Arbitrary<string> {
  const leaf = field.split(".").pop()!;
  if (/email/i.test(leaf)) return fc.constantFrom("e2e-hostile@example.fr", "E2E-Hostile@Example.FR ", "a@b.c");
  if (/password/i.test(leaf)) return fc.constantFrom("un mot de passe solide", "Correct-horse-battery-9", "x");
  if (/(^id$|Id$|^ids$)/.test(leaf))
    return fc.oneof(fc.constantFrom(...known.ids), fc.uuid().map(String), fc.constant("cmxxxxxxxxxxxxxxxxxxxxxxx"));
  if (/slug/i.test(leaf)) return fc.constantFrom(...known.slugs);
  if (/quantity|count|amount|cents|price|stock|delta|position|page|rate|rating/i.test(leaf))
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("1", "2", "5") },
      { weight: 1, arbitrary: fc.constantFrom("0", "-1", "99999999999", "1.5") },
    );
  if (leaf === "locale") return fc.constantFrom("fr", "en");
  if (/country/i.test(leaf)) return fc.constantFrom("FR", "BE", "US");
  if (/postal/i.test(leaf)) return fc.constantFrom("75001", "69003", "1000");
  if (/phone/i.test(leaf)) return fc.constantFrom("0612345678", "+33612345678");
  if (/date|At$/.test(leaf)) return fc.constantFrom("2026-01-01", "2026-13-45", "1970-01-01T00:00:00Z");
  if (/token|code/i.test(leaf)) return fc.constantFrom("123456", "A".repeat(43), "ABCD-EFGH");
  // The schema's literals but its error codes (its messages): "create", "rename"… for an intent.
  const choices = values.filter((value) => !isErrorCode(value));
  if (CHOICE_FIELD.test(leaf) && choices.length > 0) return fc.constantFrom(...choices);
  return PROSE;
}

/** Fields whose value is one of a few words (the schema's literals): given one of those. */
const CHOICE_FIELD =
  /^(intent|kind|list|target|accountType|command|channel|carrier|provider|method|subject|language|reason)$/;
const PROSE = fc.constantFrom("Camille Martin", "12 rue des Lilas", "Très bien, un service parfait et rapide, merci.");

/** Whether `plausibleFor` gives the field free text (where an odd ending reaches the database as typed). */
function isProseField(field: string): boolean {
  const leaf = field.split(".").pop()!;
  return !(
    /email|password|(^id$|Id$|^ids$)|slug|quantity|count|amount|cents|price|stock|delta|position|page|rate|rating/i.test(
      leaf,
    ) ||
    /^(locale|checkbox)$|country|postal|phone|date|At$|token|code/i.test(leaf) ||
    CHOICE_FIELD.test(leaf)
  );
}

/** Endings a database or a renderer may choke on, for the texts of an otherwise plausible form. */
const STORAGE_ODD = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("\u0000", " \u0000 ") },
  {
    weight: 3,
    arbitrary: fc.constantFrom("\u0001\u001b[0m", "\u202e", "\u200b\ufeff", "😀", "e\u0301", "\ud800", "'--", "$1"),
  },
);

/** A text with a plausible start and an odd end ("Camille\u0000"), so that it may pass a schema's shape. */
const plausibleThenOdd = (plausible: fc.Arbitrary<string>) =>
  fc.tuple(plausible, fc.constantFrom(...ODD_TEXT)).map(([start, end]) => start + end);

// ─────────────────────────── hints read from the sources ───────────────────────────

export type ActionHints = { fields: string[]; values: string[]; takesObject: boolean };

const ADDRESS_FIELDS = ["name", "company", "line1", "line2", "postalCode", "city", "country", "phone"];
const LIB_IMPORT = /import\s*\{([^}]*)\}\s*from\s*"@\/(lib\/[^"]+)"/g;

function readSource(file: string): string {
  for (const candidate of [file, `${file}.ts`, path.join(file, "index.ts")])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return fs.readFileSync(candidate, "utf8");
  return "";
}

/** The text of `const name = …` in `source`, up to the next top-level statement. */
function definitionOf(source: string, name: string): string {
  const start = new RegExp(`^(?:export )?const ${name}\\b`, "m").exec(source);
  if (!start) return "";
  const rest = source.slice(start.index + 1);
  const end = /\n(?=export |const |function |async |type |interface |\/\*\*|\/\/)/.exec(rest);
  return rest.slice(0, end ? end.index : undefined);
}

/** The schema's text and the texts of what it is built from, across lib's files (a few levels). */
function schemaTexts(file: string, name: string, depth = 0, seen = new Set<string>()): string[] {
  if (depth > 4 || seen.has(`${file}#${name}`)) return [];
  seen.add(`${file}#${name}`);
  const source = readSource(file);
  const own = definitionOf(source, name);
  if (own) {
    const used = new Set([...own.matchAll(/\b([A-Za-z_]\w*)\b/g)].map(([, word]) => word!));
    used.delete(name);
    return [own, ...[...used].flatMap((word) => schemaTexts(file, word, depth + 1, seen))];
  }
  for (const [, names, imported] of source.matchAll(LIB_IMPORT)) {
    if (names!.split(",").some((part) => part.trim().replace(/^type /, "") === name))
      return schemaTexts(imported!, name, depth + 1, seen);
  }
  return [];
}

/**
 * The field names and literal values an action's zod schema mentions, read from the sources (its
 * `defineAction({ schema })` in the app file, the schema's definition under lib/): a guess, good enough to build
 * inputs that get past the schema sometimes; an action whose schema is not found still gets random fields.
 */
export function hintsOf(action: Action): ActionHints {
  const [file, exportName] = action.name.split("#") as [string, string];
  const source = readSource(file);
  const start = source.indexOf(`export const ${exportName} = defineAction(`);
  const next = source.indexOf("\nexport ", start + 1);
  const block = start < 0 ? "" : source.slice(start, next < 0 ? undefined : next);
  const schema = /schema:\s*([\w.]+(?:\(\{[^}]*\}\))?)/.exec(block)?.[1] ?? "";
  const texts = /^\w+$/.test(schema) ? schemaTexts(file, schema) : [schema];
  const text = texts.join("\n");
  const fields = new Set<string>(["locale"]);
  for (const [, key] of text.matchAll(/(?<![\w.$"'])([a-z][A-Za-z0-9]*)(?=\s*(?::(?!:)|,|\}))/g)) fields.add(key!);
  const values = new Set<string>();
  for (const [, value] of text.matchAll(/"([A-Za-z][\w-]{0,30})"/g)) values.add(value!);
  // Nested forms ("shipping.city"): the address fields under each group a schema names.
  for (const group of ["shipping", "billing", "entry", "address"].filter((name) => fields.has(name)))
    for (const key of ADDRESS_FIELDS) if (fields.has(key)) fields.add(`${group}.${key}`);
  return { fields: [...fields].sort(), values: [...values].sort(), takesObject: /input:\s*"object"/.test(block) };
}

// ─────────────────────────── inputs ───────────────────────────

export type FormInput = [name: string, value: string | string[]][];

/** A form: each known field plausible, odd, repeated or left out; now and then a prototype key or a stray field. */
export function formArbitrary(hints: ActionHints, known: KnownIds): fc.Arbitrary<FormInput> {
  const value = (field: string) => {
    const plausible = plausibleFor(field, hints.values, known);
    return fc.oneof(
      { weight: 4, arbitrary: plausible },
      { weight: 3, arbitrary: oddText },
      { weight: 2, arbitrary: plausibleThenOdd(plausible) },
      { weight: 1, arbitrary: fc.array(fc.oneof(plausible, oddText), { minLength: 2, maxLength: 3 }) },
    );
  };
  const known_ = fc.record(Object.fromEntries(hints.fields.map((field) => [field, value(field)])), {
    requiredKeys: [],
  });
  const stray = fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ unit: "grapheme-ascii", maxLength: 12 })),
      oddText,
    ),
    { maxLength: 2 },
  );
  const random = fc
    .tuple(known_, fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: stray }))
    .map(([fields, extra]) => [...(Object.entries(fields) as FormInput), ...(extra as FormInput)]);
  // Every field plausible, and every free text ending oddly: the likeliest way past the schema to the handler
  // and the database (a NUL there made PostgreSQL fail the statement).
  const prose = hints.fields.filter(isProseField);
  const oddEnds = fc
    .tuple(
      fc.record(Object.fromEntries(hints.fields.map((field) => [field, plausibleFor(field, hints.values, known)]))),
      STORAGE_ODD,
    )
    .map(
      ([fields, end]) =>
        Object.entries(fields).map(([name, value]) => [
          name,
          prose.includes(name) ? `${value}${end}` : value,
        ]) as FormInput,
    );
  return fc.oneof(random, oddEnds);
}

/** Any JSON value, of every type, a few levels deep. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    oddText,
    fc.integer(),
    fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0.1, 1.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** A JSON object as text, written by hand so that "__proto__" and repeated keys reach the server as sent. */
function objectText(entries: [string, unknown][]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? "null"}`).join(",")}}`;
}

/**
 * The body of a call with plain arguments (React's reply as JSON): usually `[object]` as the client sends it,
 * else the wrong arity, a scalar for the object, or text that is not a reply at all (React's own references).
 */
export function jsonBodyArbitrary(hints: ActionHints, known: KnownIds): fc.Arbitrary<string> {
  const fieldValue = (field: string) => {
    const plausible = plausibleFor(field, hints.values, known);
    const numeric = /quantity|count|amount|cents|price|stock/i.test(field);
    return fc.oneof(
      { weight: 3, arbitrary: numeric ? fc.integer({ min: -2, max: 200 }) : plausible },
      { weight: 2, arbitrary: plausibleThenOdd(plausible) },
      { weight: 2, arbitrary: jsonValue },
    );
  };
  const object = fc
    .tuple(
      fc.record(Object.fromEntries(hints.fields.map((field) => [field, fieldValue(field)])), { requiredKeys: [] }),
      fc.array(fc.tuple(fc.constantFrom(...POLLUTION_KEYS), jsonValue), { maxLength: 2 }),
    )
    .map(([fields, extra]) => objectText([...Object.entries(fields), ...extra]));
  const oddEnds = fc
    .tuple(fc.record(Object.fromEntries(hints.fields.map((field) => [field, fieldValue(field)]))), STORAGE_ODD)
    .map(([fields, end]) =>
      objectText(
        Object.entries(fields).map(([name, value]) => [
          name,
          isProseField(name) && typeof value === "string" ? `${value}${end}` : value,
        ]),
      ),
    );
  return fc.oneof(
    { weight: 3, arbitrary: oddEnds.map((text) => `[${text}]`) },
    { weight: 6, arbitrary: object.map((text) => `[${text}]`) },
    { weight: 1, arbitrary: object.map((text) => `[{"attempt":"x"},${text}]`) },
    { weight: 1, arbitrary: fc.array(jsonValue, { maxLength: 3 }).map((args) => JSON.stringify(args)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "[",
        "null",
        '"$K1"',
        '["$@1"]',
        '["$Q2"]',
        '["$W2"]',
        '["$1:then"]',
        '[{"then":"$1:__proto__:then","status":"resolved_model"}]',
        '{"0":"$1"}',
        "[" + "[".repeat(2_000) + "]".repeat(2_000) + "]",
      ),
    },
  );
}

/** A stable 32-bit seed per name, so that each entry point gets its own inputs, the same on every run. */
export function seedOf(name: string): number {
  let hash = 14;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/**
 * One form tried first for every action (a fast-check example): every field plausible, every free text ending
 * with a NUL character, which PostgreSQL cannot store (what tests/e2e/hostile-input.spec.ts first found).
 */
export function nulExample(hints: ActionHints, known: KnownIds): FormInput {
  return hints.fields.map((field) => {
    const [value] = fc.sample(plausibleFor(field, hints.values, known), { numRuns: 1, seed: 14 }) as [string];
    return [field, isProseField(field) ? `${value}\u0000` : value];
  });
}
