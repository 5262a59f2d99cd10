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
import {
  CART_PAGE_MESSAGES,
  CLIENT_ERRORS,
  CLIENT_MESSAGES,
  GALLERY_MESSAGES,
  PURCHASE_PANEL_MESSAGES,
  pickMessages,
  type Messages,
} from "@/lib/i18n/messages";

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

// What a client component reads (`t("key")` of each `useTranslations("Namespace")`), found in its source: a key its
// provider does not give would show as "Product.addToCart" in the browser.
function messagesRead(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const read: string[] = [];
  for (const [, name, namespace] of source.matchAll(/const (\w+) = useTranslations\("([\w.]+)"\)/g)) {
    for (const [, key] of source.matchAll(new RegExp(`\\b${name}(?:\\.rich)?\\("(\\w+)"`, "g"))) {
      read.push(`${namespace}.${key}`);
    }
  }
  return read;
}

describe.each([
  [
    "the layout",
    CLIENT_MESSAGES,
    [
      "components/cart/cart-button.tsx",
      "components/cart/cart-drawer.tsx",
      "components/cart/cart-lines.tsx",
      "components/cart/cart-provider.tsx",
      "components/cart/line-controls.tsx",
      "components/layout/language-switcher.tsx",
      "components/newsletter/subscribe-form.tsx",
    ],
  ],
  [
    "the purchase panel",
    PURCHASE_PANEL_MESSAGES,
    ["components/product/purchase-panel.tsx", "components/product/price.tsx", "components/product/stock-status.tsx"],
  ],
  ["the product gallery", GALLERY_MESSAGES, ["components/product/product-gallery-view.tsx"]],
  [
    "the cart page",
    CART_PAGE_MESSAGES,
    ["components/cart/cart-page-view.tsx", "components/cart/cart-lines.tsx", "components/cart/line-controls.tsx"],
  ],
] as const)("the messages given by %s", (_name, given, files) => {
  test("hold every message its client components read", () => {
    const read = files.flatMap(messagesRead);
    expect(read.length).toBeGreaterThan(files.length);
    const covered = (key: string) => given.some((path: string) => key === path || key.startsWith(`${path}.`));
    expect(read.filter((key) => !covered(key))).toEqual([]);
  });
});
