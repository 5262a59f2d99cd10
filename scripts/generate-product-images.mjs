// Draws the demo catalogue's illustrations: flat, pastel "studio" pictures of each product, one per
// image listed in prisma/seed-data/products.ts, plus one picture per category and the default Open Graph image.
// No text is rendered (fonts are not reliable on every machine). Deterministic: same data, same pictures.
//
//   npx tsx scripts/generate-product-images.mjs            # all images
//   npx tsx scripts/generate-product-images.mjs espadrilles # only products whose slug contains "espadrilles"
//
// Output: public/images/products/<file>.webp (800×800), public/images/categories/<slug>.webp (800×600),
// public/images/og-default.webp (1200×630).
import { mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { products } from "../prisma/seed-data/products.ts";
import { categories } from "../prisma/seed-data/categories.ts";
import { PALETTE } from "./product-images/colours.mjs";
import { hashString } from "./product-images/helpers.mjs";
import { CATEGORY_SCENES, ogSvg, productSvg, sceneSvg } from "./product-images/scenes.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "public", "images");
const WEBP = { quality: 78, effort: 6, smartSubsample: true };

// ─────────────────────────────── output ───────────────────────────────

async function write(svg, file) {
  await mkdir(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg)).webp(WEBP).toFile(file);
}

async function dirSize(dir) {
  let total = 0;
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = await dirSize(p);
      total += sub.total;
      count += sub.count;
    } else {
      total += (await stat(p)).size;
      count++;
    }
  }
  return { total, count };
}

async function main() {
  const only = process.argv[2];
  let written = 0;
  let biggest = { size: 0, file: "" };
  const jobs = [];
  for (const product of products) {
    if (only && !product.slug.includes(only)) continue;
    product.images.forEach((image, k) => {
      if (!/^[a-z0-9-]+\.webp$/.test(image.file))
        throw new Error(`${product.slug}: image file name must be ASCII kebab-case .webp: ${image.file}`);
      jobs.push([productSvg(product, image, k + 1), path.join(OUT, "products", image.file)]);
    });
  }
  if (!only) {
    for (const category of categories) {
      const items = CATEGORY_SCENES[category.slug];
      if (!items) continue;
      const { bg, accent } = PALETTE[category.slug];
      jobs.push([
        sceneSvg(800, 600, bg, accent, items, hashString(category.slug), 470),
        path.join(OUT, "categories", `${category.slug}.webp`),
      ]);
    }
    jobs.push([ogSvg(), path.join(OUT, "og-default.webp")]);
  }
  for (const [svg, file] of jobs) {
    await write(svg, file);
    const size = (await stat(file)).size;
    if (size > biggest.size) biggest = { size, file: path.relative(ROOT, file) };
    written++;
  }
  const { total, count } = await dirSize(OUT);
  console.log(`wrote ${written} images; public/images now holds ${count} files, ${(total / 1024).toFixed(0)} KB`);
  console.log(`largest: ${biggest.file} (${(biggest.size / 1024).toFixed(1)} KB)`);
}

await main();
