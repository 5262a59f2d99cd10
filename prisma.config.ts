// Prisma CLI configuration. Migrations run through a driver adapter (no native schema engine can be
// downloaded here): see docs/decisions/0002-migrations-through-adapter-pg-7.md.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg-migrate";
import { resolveConnectionString } from "./lib/db/connection";

// The schema's datasource URL must look like a Postgres URL even though nothing connects to it.
process.env.PRISMA_SCHEMA_PLACEHOLDER_URL ??= "postgresql://adapter.invalid/see-prisma-config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: await resolveConnectionString(process.env.DATABASE_URL) });
  },
});
