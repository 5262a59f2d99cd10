// The catalogue stays prerendered (issue 10: the consent banner and the security headers must not make
// home, category and product pages render per request). Reads the build's prerender manifest and fails
// unless, in every locale, home, every category and product page the build knows are prerendered.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, "prerender-manifest.json"), "utf8"));
const prerendered = Object.keys(manifest.routes);
const patterns = Object.keys(manifest.dynamicRoutes);

const pageTypes = [
  { name: "home", pattern: "/[locale]", path: /^\/(fr|en)$/ },
  { name: "category", pattern: "/[locale]/category/[slug]/[[...view]]", path: /^\/(fr|en)\/category\/[^/]+$/ },
  { name: "product", pattern: "/[locale]/product/[slug]", path: /^\/(fr|en)\/product\/[^/]+$/ },
];

let failed = false;
for (const { name, pattern, path: shape } of pageTypes) {
  const pages = prerendered.filter((route) => shape.test(route));
  const byLocale = ["fr", "en"].map((locale) => pages.filter((route) => route.startsWith(`/${locale}`)).length);
  const ok = patterns.includes(pattern) && byLocale.every((count) => count > 0);
  if (!ok) failed = true;
  console.log(
    `${ok ? "✔" : "✘"} ${name.padEnd(9)} ${pattern.padEnd(40)} prerendered: fr ${byLocale[0]}, en ${byLocale[1]}`,
  );
}
if (failed) {
  console.error("A catalogue page type is no longer prerendered: something made it render per request.");
  process.exit(1);
}
