// Loads a catalogue (the demo one from prisma/seed.ts, or a test fixture). Insert-only and keyed by slug/sku, so running it again changes nothing and
// never undoes what the shop did since (stock sold, prices edited). Works while the shop is running:
// on the embedded database it goes through the same local server as the app (lib/db/connection.ts).
import type { Db } from "@/lib/db/client";
import type { SeedCategory, SeedProduct } from "@/prisma/seed-data/types";

export type SeedReport = { categoriesCreated: number; productsCreated: number };

export async function seedCatalogue(
  db: Db,
  data: { categories: SeedCategory[]; products: SeedProduct[] },
): Promise<SeedReport> {
  const report: SeedReport = { categoriesCreated: 0, productsCreated: 0 };
  const categoryIds = new Map<string, string>();

  for (const category of data.categories) {
    const existing = await db.category.findUnique({ where: { slug: category.slug }, select: { id: true } });
    if (existing) {
      categoryIds.set(category.slug, existing.id);
      continue;
    }
    const parentId = category.parent ? categoryIds.get(category.parent) : undefined;
    if (category.parent && !parentId)
      throw new Error(`Category ${category.slug}: parent ${category.parent} comes later or is missing`);
    const created = await db.category.create({
      data: {
        slug: category.slug,
        parentId,
        name: category.name,
        description: category.description,
        position: category.position,
      },
    });
    categoryIds.set(category.slug, created.id);
    report.categoriesCreated++;
  }

  for (const product of data.products) {
    const exists = await db.product.findUnique({ where: { slug: product.slug }, select: { id: true } });
    if (exists) continue;
    const categoryId = categoryIds.get(product.category);
    if (!categoryId) throw new Error(`Product ${product.slug}: unknown category ${product.category}`);
    await db.product.create({
      data: {
        slug: product.slug,
        categoryId,
        name: product.name,
        description: product.description,
        priceCents: product.priceCents,
        vatRateBp: product.vatRateBp,
        stock: product.variants?.length ? 0 : product.stock,
        active: product.active ?? true,
        featured: product.featured ?? false,
        createdAt: new Date(product.createdAt),
        images: {
          create: product.images.map((image, position) => ({
            url: `/images/products/${image.file}`,
            alt: image.alt,
            width: 800,
            height: 800,
            position,
          })),
        },
        variants: {
          create: (product.variants ?? []).map((variant, position) => ({
            sku: variant.sku,
            size: variant.size,
            colour: variant.colour,
            priceCents: variant.priceCents,
            stock: variant.stock,
            position,
          })),
        },
      },
    });
    report.productsCreated++;
  }
  return report;
}
