// The shop's links (lib/i18n/navigation.tsx, lib/i18n/routing.ts) write the page's locale before a path, as next-intl's Link did.
import { expect, test } from "vitest";
import { localizedHref } from "@/lib/i18n/routing";

test("a path of the shop gets the locale; the home page is the locale itself", () => {
  expect(localizedHref("/category/cuisine?sort=price-asc", "fr")).toBe("/fr/category/cuisine?sort=price-asc");
  expect(localizedHref("/", "en")).toBe("/en");
  expect(localizedHref("/product/theiere-gres-emaille", "en")).toBe("/en/product/theiere-gres-emaille");
});

test("anchors, other sites and protocol-relative addresses are left as they are", () => {
  for (const href of ["#content", "https://www.cnil.fr/", "//example.org/x", "mailto:contact@plusuite.test"]) {
    expect(localizedHref(href, "fr")).toBe(href);
  }
});
