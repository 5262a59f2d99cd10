// npm run seed: loads the demo catalogue into the database named by DATABASE_URL (default: the embedded
// one, shared with a running shop through its local server). Run the migrations first: npm run db:setup
// does both.
import { createOrPromoteAdmin } from "@/lib/accounts/admin";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { createDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/connection";
import { categories } from "./seed-data/categories";
import { products } from "./seed-data/products";

const DEMO_ADMIN_EMAIL = "admin@plusuite.test";

const db = createDb();
try {
  const report = await seedCatalogue(db, { categories, products });
  const [categoryCount, productCount] = await Promise.all([db.category.count(), db.product.count()]);
  console.log(
    `Seed: ${report.categoriesCreated} categories and ${report.productsCreated} products added ` +
      `(now ${categoryCount} categories, ${productCount} products).`,
  );
  // A demo admin, on the embedded (development) database only; its password is printed once.
  if (
    resolveDatabaseTarget(process.env.DATABASE_URL).kind === "embedded" &&
    !(await db.user.count({ where: { role: "admin" } }))
  ) {
    const admin = await createOrPromoteAdmin(db, DEMO_ADMIN_EMAIL, new Date());
    console.log(`Demo admin: ${DEMO_ADMIN_EMAIL} / ${admin.password} (embedded database only)`);
  }
} finally {
  await db.$disconnect();
}
