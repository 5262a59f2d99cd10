import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaderRules } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // Messages are compiled when the app is built, so the browser gets no ICU parser (about 12 kB gzip): only the
  // small formatter of precompiled messages (issue 13's JavaScript budget).
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const config: NextConfig = {
  poweredByHeader: false,
  // Security headers on every response (P12, lib/security/headers.ts); proxy.ts gives the pages rendered per
  // request their own Content-Security-Policy with a nonce. Computed from the build's environment.
  async headers() {
    return securityHeaderRules({
      NODE_ENV: process.env.NODE_ENV ?? "development",
      SITE_URL: process.env.SITE_URL ?? "",
    });
  },
  // Several builds side by side (e.g. two e2e runs on one machine) each need their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  // `next dev` serves its scripts and hot-reload socket to localhost only: without these, a page opened as
  // http://127.0.0.1:3000 or http://[::1]:3000 renders but never hydrates (buttons do nothing).
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
  images: {
    formats: ["image/avif", "image/webp"],
  },
  // The embedded database server and PGlite's WASM are loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket"],
  experimental: {
    // At least two workers prerender pages even on a 2-core machine: every worker reaches the
    // embedded database through its shared local server, and the build proves that this is safe.
    cpus: Math.max(2, Number(process.env.NEXT_BUILD_CPUS ?? 2)),
    // Above the default 1 MB, so that a form with a 1 MB text reaches the action builder and gets its typed
    // refusal, and a product photo of up to 5 MB reaches the back office's upload; larger bodies are refused by
    // proxy.ts with a 413 (ACTION_BODY_LIMIT_BYTES) before Next reads them.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default withNextIntl(config);
