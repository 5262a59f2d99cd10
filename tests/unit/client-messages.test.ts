// The messages a page gives the browser (issue 13): only the parts client components read, and only the error codes
// their forms can be refused with. Every one of them is written into the page's HTML, twice for some.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import fr from "@/messages/fr.json";
import {
  ACTION_REFUSALS,
  CART_ERRORS,
  ERROR_CODES,
  NEWSLETTER_FORM_ERRORS,
  SAVE_TO_LIST_ERRORS,
  type ErrorCode,
} from "@/lib/errors";
import { CLIENT_ERRORS, pickMessages, type Messages } from "@/lib/i18n/messages";

const messages = fr as Messages;

describe("pickMessages", () => {
  test("gives whole namespaces, parts of one and single errors, nothing else", () => {
    const picked = pickMessages(messages, ["Cart", "Newsletter.form"], ["outOfStock", "limited"]);
    expect(Object.keys(picked).sort()).toEqual(["Cart", "Errors", "Newsletter"]);
    expect(picked.Cart).toBe(messages.Cart);
    expect(picked.Newsletter).toEqual({ form: messages.Newsletter.form });
    expect(picked.Errors).toEqual({ outOfStock: messages.Errors.outOfStock, limited: messages.Errors.limited });
  });

  test("a whole namespace wins over its parts, in either order, and the catalogue is left as it was", () => {
    const before = JSON.stringify(messages);
    expect(pickMessages(messages, ["Errors"], ["outOfStock"]).Errors).toBe(messages.Errors);
    expect(pickMessages(messages, ["Newsletter.form", "Newsletter"]).Newsletter).toBe(messages.Newsletter);
    expect(JSON.stringify(messages)).toBe(before);
  });

  test("a path that names no message is refused when the page renders, not shown as a key in the browser", () => {
    expect(() => pickMessages(messages, ["Newsletter.nothingHere" as "Newsletter"])).toThrow(/Newsletter\.nothingHere/);
  });
});

// The codes a form's domain and schemas can answer with, read from their sources: a code added there and not to the
// form's list would be shown as "failed".
const root = path.resolve(import.meta.dirname, "../..");
function codesIn(files: string[]): ErrorCode[] {
  const known = new Set<string>(ERROR_CODES);
  const found = files.flatMap((file) =>
    [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/"([a-zA-Z]+)"/g)].map((match) => match[1]!),
  );
  return [...new Set(found.filter((literal) => known.has(literal)))].sort() as ErrorCode[];
}

describe.each([
  ["cart", CART_ERRORS, ["lib/cart/cart.ts", "lib/cart/add-from-form.ts", "lib/cart/schemas.ts"]],
  [
    "newsletter sign-up",
    NEWSLETTER_FORM_ERRORS,
    ["lib/newsletter/schemas.ts", "lib/newsletter/subscriptions.ts", "lib/address/email.ts"],
  ],
  ["save to a list", SAVE_TO_LIST_ERRORS, ["lib/accounts/saved-list-items.ts", "lib/accounts/saved-lists.ts"]],
] as const)("the %s form's error codes", (_name, codes, sources) => {
  test("hold every code its domain and schemas use, and the refusals of any action", () => {
    const listed = new Set<string>(codes);
    expect(codesIn([...sources]).filter((code) => !listed.has(code))).toEqual([]);
    expect(ACTION_REFUSALS.filter((code) => !listed.has(code))).toEqual([]);
  });
});

test("the layout gives the cart's and the newsletter sign-up's codes to every page", () => {
  const given = new Set(CLIENT_ERRORS);
  expect([...CART_ERRORS, ...NEWSLETTER_FORM_ERRORS].filter((code) => !given.has(code))).toEqual([]);
  expect(CLIENT_ERRORS.length).toBeLessThan(ERROR_CODES.length / 4);
});
