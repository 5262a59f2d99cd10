// npm run seed: loads the demo catalogue into the database named by DATABASE_URL (default: the embedded
// one, shared with a running shop through its local server). Run the migrations first: npm run db:setup
// does both.
import { seedCatalogue } from "@/lib/catalogue/seed";
import { createDb } from "@/lib/db/client";
import { categories } from "./seed-data/categories";
import { products } from "./seed-data/products";

const db = createDb();
try {
  const report = await seedCatalogue(db, { categories, products });
  const [categoryCount, productCount] = await Promise.all([db.category.count(), db.product.count()]);
  console.log(
    `Seed: ${report.categoriesCreated} categories and ${report.productsCreated} products added ` +
      `(now ${categoryCount} categories, ${productCount} products).`,
  );
} finally {
  await db.$disconnect();
}
