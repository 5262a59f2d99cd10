import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
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
  // A file read at run time that tracing cannot see: /api/ready compares the applied migrations with the folders
  // of prisma/migrations (lib/db/health.ts); without them it would report ready on an empty database.
  outputFileTracingIncludes: { "/api/ready": ["./prisma/migrations/**/*"] },
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

// `next build` also writes <distDir>/standalone: a server.js with only the files the server loads, which the Docker
// image ships (docs/decisions/0016-standalone-docker.md). Asked for by the build only: `next start` serves the same
// build from <distDir> (the e2e tests, `npm start`) and, told "standalone", would warn that it does not work.
export default function nextConfig(phase: string): NextConfig {
  return withNextIntl({ ...config, output: phase === PHASE_PRODUCTION_BUILD ? "standalone" : undefined });
}
