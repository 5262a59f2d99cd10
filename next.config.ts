import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  // Several builds side by side (e.g. two e2e runs on one machine) each need their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  images: {
    formats: ["image/avif", "image/webp"],
  },
  // The embedded database server and PGlite's WASM are loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pglite-prisma-adapter"],
  experimental: {
    // At least two workers prerender pages even on a 2-core machine: every worker reaches the
    // embedded database through its shared local server, and the build proves that this is safe.
    cpus: Math.max(2, Number(process.env.NEXT_BUILD_CPUS ?? 2)),
  },
};

export default withNextIntl(config);
