#!/usr/bin/env bash
# Proves that a production install runs: a copy of the repository with the dependencies only
# (npm ci --omit=dev) serves the production build already made here (`npm test` makes .next; set
# NEXT_DIST_DIR for another one) with `next start` on a fresh embedded database, and answers 200 on
# /fr, /api/health and /api/ready. The database is migrated and seeded from this full install first, since the
# Prisma CLI and tsx are dev dependencies. Exits 0 on success. Called by .ci/run; runs alone too.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dist=${NEXT_DIST_DIR:-.next}
export NEXT_TELEMETRY_DISABLED=1

[ -f "$dist/BUILD_ID" ] || { echo "No production build in $dist: run npm test (or next build) first."; exit 1; }

work=$(mktemp -d /tmp/plusuite-prod.XXXXXX)
copy="$work/shop"
db_url="pglite:$work/db"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -TERM -- "-$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  DATABASE_URL="$db_url" node --import tsx scripts/db-stop.ts >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "$1"; for log in "$work"/*.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 30 "$log"; }; done; exit 1; }

echo "copy of the repository: $copy"
mkdir -p "$copy"
# The files of the repository as they are here (a fresh clone in CI: its committed files), plus the build.
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf - | tar -xf - -C "$copy" || fail "copying the repository failed"
tar --exclude="$dist/cache" -cf - "$dist" | tar -xf - -C "$copy" || fail "copying the build failed"

echo "npm ci --omit=dev"
(cd "$copy" && npm ci --omit=dev --no-audit --no-fund >"$work/npm-ci.log" 2>&1) || fail "npm ci --omit=dev failed"

# Every package the server code loads from node_modules at run time (Turbopack's external require and
# import calls, e.x/e.y in next 16.4), including on pages the requests below do not reach.
(cd "$copy" && DIST="$dist" node -e '
  const fs = require("node:fs"), path = require("node:path"), { builtinModules } = require("node:module");
  const server = path.join(process.env.DIST, "server");
  const found = new Set(), missing = new Set();
  for (const file of fs.readdirSync(server, { recursive: true }).filter((name) => name.endsWith(".js"))) {
    for (const [, spec] of fs.readFileSync(path.join(server, file), "utf8").matchAll(/\.[xy]\("([^"]+)"/g)) {
      const name = spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/");
      if (name.startsWith("node:") || builtinModules.includes(name)) continue;
      found.add(name);
      // Hashed names (pg-587764f78a6c7a9c) are links in <dist>/node_modules to the package in node_modules.
      const installed = [path.join(process.env.DIST, "node_modules", name), path.join("node_modules", name)];
      if (!installed.some((dir) => fs.existsSync(path.join(dir, "package.json")))) missing.add(name);
    }
  }
  console.log(`packages loaded at run time: ${[...found].sort().join(", ")}`);
  if (found.size === 0) console.error("none found: the pattern no longer matches the output of this Next.js version");
  if (missing.size > 0) console.error(`not in the production install: ${[...missing].join(", ")}`);
  process.exit(found.size > 0 && missing.size === 0 ? 0 : 1);
') || fail "the build loads packages that a production install lacks"

echo "fresh embedded database $work/db: migrations and demo catalogue (from the full install)"
DATABASE_URL="$db_url" node scripts/prisma.mjs migrate deploy >"$work/migrate.log" 2>&1 || fail "migrations failed"
DATABASE_URL="$db_url" node --import tsx prisma/seed.ts >"$work/seed.log" 2>&1 || fail "seed failed"
# Stopped, so that the production server starts the embedded database server from its own install.
DATABASE_URL="$db_url" node --import tsx scripts/db-stop.ts >/dev/null || fail "stopping the database server failed"

port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
origin="http://127.0.0.1:$port"
echo "next start on $origin"
cd "$copy" || fail "no copy"
# Its own process group, so that the server and its workers stop together.
# No payment keys here: demo payments, which a production server takes only when asked (DEMO_PAYMENTS=1).
setsid env NODE_ENV=production NEXT_DIST_DIR="$dist" DATABASE_URL="$db_url" SITE_URL="$origin" \
  COOKIE_SECRET="production-install-check-secret-not-for-real-use" DEMO_PAYMENTS=1 \
  node node_modules/next/dist/bin/next start -H 127.0.0.1 -p "$port" >"$work/next-start.log" 2>&1 &
server_pid=$!
cd "$root" || exit 1

# Waits for the server (60 s at most), then expects 200 from each page, without following redirects.
ORIGIN="$origin" node --input-type=module -e '
  const origin = process.env.ORIGIN;
  const deadline = Date.now() + 60_000;
  const get = (path) => fetch(origin + path, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
  for (;;) {
    try { await get("/api/health"); break; } catch (error) {
      if (Date.now() > deadline) { console.error(`no answer from ${origin}: ${error.cause?.code ?? error}`); process.exit(1); }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  let ok = true;
  for (const path of ["/fr", "/api/health", "/api/ready"]) {
    const response = await get(path);
    console.log(`GET ${path} -> ${response.status}`);
    ok &&= response.status === 200;
  }
  process.exit(ok ? 0 : 1);
' || fail "the production server did not answer 200"
echo "the production install serves /fr, /api/health and /api/ready"
