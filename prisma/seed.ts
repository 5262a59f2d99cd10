// npm run seed: loads the demo catalogue into the database named by DATABASE_URL (default: the embedded
// one, shared with a running shop through its local server). Run the migrations first: npm run db:setup
// does both.
import { createOrPromoteAdmin } from "@/lib/accounts/admin";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { createDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/connection";
import { initialPolicies } from "@/lib/policies/files";
import { publishPolicyVersion } from "@/lib/policies/documents";
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
  // The privacy policy and the terms in force (P23), when the database has no version of them yet.
  const now = new Date();
  for (const policy of initialPolicies(now)) {
    if (await db.policyDocument.count({ where: { kind: policy.kind } })) continue;
    // In force at once, so no notice e-mail (and no link to build): the site URL is not needed here.
    await publishPolicyVersion(db, policy, { now, siteUrl: process.env.SITE_URL ?? "http://localhost:3000" });
    console.log(`Seed: ${policy.kind} version ${policy.version} published.`);
  }
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
