#!/usr/bin/env bash
# Proves the Dockerfile and compose.yaml (docs/decisions/0016-standalone-docker.md), in two parts:
# 1. Where Docker runs (`docker info` answers): builds the image, starts compose.yaml under a project name of its own
#    with throwaway settings, waits for the shop's /api/ready, then removes what it made. Elsewhere it says so in
#    one line and goes on.
# 2. Everywhere: the image's runtime stage without Docker. scripts/docker-runtime-layout.mjs replays its lines
#    (WORKDIR, ENV, COPY, RUN, USER…) from the build made here (NEXT_DIST_DIR, default .next: `npm test` makes it) into
#    a folder outside the repository; after `npm run db:migrate` (compose's migrate service), the image's command
#    starts there as an unprivileged user (nobody, when run as root) with the image's environment only, and must
#    answer 200 on /api/health, /api/ready, /fr, a product page, a search (a rewrite of proxy.ts), a file of public/
#    and a script of .next/static; the image's HEALTHCHECK command must pass, and the server log show no error.
# PostgreSQL: the URL given as first argument or in CI_DOCKER_DATABASE_URL (postgres://…, .ci/run passes its
# server's; it gets migrated), else a throwaway server started here (migrated and seeded). Exits 0 on success.
# shellcheck disable=SC2016 # the node -e programs are in single quotes on purpose
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
dist=${NEXT_DIST_DIR:-.next}
database_url=${1:-${CI_DOCKER_DATABASE_URL:-}}
export NEXT_TELEMETRY_DISABLED=1
started=$(date +%s)

work=$(mktemp -d /tmp/plusuite-docker.XXXXXX)
chmod 755 "$work"
server_pid=""
postgres_pid=""
compose=()
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -TERM -- "-$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  if [ -n "$postgres_pid" ]; then
    kill -TERM "$postgres_pid" 2>/dev/null
    wait "$postgres_pid" 2>/dev/null
  fi
  [ ${#compose[@]} -gt 0 ] && "${compose[@]}" down --volumes --rmi local >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "✘ $1"
  for log in "$work"/*.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 40 "$log"; }; done
  exit 1
}
free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}
# Waits (up to $2 seconds) for $1 to answer 200; prints nothing.
wait_for_200() {
  URL="$1" SECONDS_LEFT="$2" node --input-type=module -e '
    const deadline = Date.now() + Number(process.env.SECONDS_LEFT) * 1000;
    for (;;) {
      const status = await fetch(process.env.URL, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0);
      if (status === 200) process.exit(0);
      if (Date.now() > deadline) { console.error(`${process.env.URL}: ${status || "no answer"}`); process.exit(1); }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }'
}

# ── 1. The image, where Docker runs ─────────────────────────────────────────────────────────────────────────────
if ! docker info >/dev/null 2>&1; then
  echo "Docker is not available on this machine: image not built"
else
  echo "docker build (the runtime stage: the image compose.yaml's shop runs)"
  docker build --target runtime --tag "plusuite-ci-$$" . >"$work/docker-build.log" 2>&1 || fail "docker build failed"
  docker image rm "plusuite-ci-$$" >/dev/null 2>&1
  echo "✔ the image builds"
  if docker compose version >/dev/null 2>&1; then
    compose_cli=(docker compose)
  elif command -v docker-compose >/dev/null; then
    compose_cli=(docker-compose)
  else
    compose_cli=()
    echo "Docker Compose is not available on this machine: compose.yaml not started"
  fi
  if [ ${#compose_cli[@]} -gt 0 ]; then
    port=$(free_port)
    cat >"$work/compose.env" <<EOF
POSTGRES_PASSWORD=$(node -e 'console.log(require("node:crypto").randomBytes(24).toString("hex"))')
COOKIE_SECRET=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64"))')
DEMO_PAYMENTS=1
SEED_DEMO=1
SHOP_PORT=$port
SITE_URL=http://localhost:$port
EOF
    compose=("${compose_cli[@]}" --project-name "plusuite-ci-$$" --env-file "$work/compose.env" -f compose.yaml)
    echo "docker compose up --build (project plusuite-ci-$$, port $port)"
    "${compose[@]}" up --detach --build >"$work/compose-up.log" 2>&1 || fail "docker compose up failed"
    wait_for_200 "http://127.0.0.1:$port/api/ready" 300 2>"$work/compose-ready.log" || {
      "${compose[@]}" logs >"$work/compose-services.log" 2>&1
      fail "the shop's container did not become ready"
    }
    echo "✔ compose.yaml starts PostgreSQL, migrates it, and its shop answers /api/ready"
    "${compose[@]}" down --volumes --rmi local >/dev/null 2>&1
    compose=()
  fi
fi

# ── 2. The runtime stage, replayed without Docker ───────────────────────────────────────────────────────────────
[ -f "$dist/standalone/server.js" ] || fail "no standalone output in $dist/standalone: build first (npm test)"
# A file system call on a path built at run time makes the build trace the whole repository into the image (the
# build then warns "Dynamic filesystem access causes tracing of the whole project").
for file in tests package-lock.json README.md; do
  [ -e "$dist/standalone/$file" ] && fail "the standalone output holds the whole repository ($file): see the build's warnings"
done

if [ -z "$database_url" ]; then
  echo "a throwaway PostgreSQL (migrated and seeded)"
  node --input-type=module -e '
    import { findPostgresBin, startPostgres } from "./tests/bench/postgres.mjs";
    const bin = findPostgresBin();
    if (!bin) { console.error("no PostgreSQL in /usr/lib/postgresql: pass a postgres:// URL"); process.exit(1); }
    // Stopped on SIGTERM, also one that arrives while it starts (migrations and seed take a while).
    let server = null;
    let stopping = false;
    process.on("SIGTERM", () => { stopping = true; if (server) { server.stop(); process.exit(0); } });
    server = await startPostgres({ bin, root: process.cwd(), log: () => {} });
    if (stopping) { server.stop(); process.exit(0); }
    console.log(server.url);
    setInterval(() => {}, 60_000);
  ' >"$work/postgres-url" 2>"$work/postgres.log" &
  postgres_pid=$!
  for _ in $(seq 1 240); do
    [ -s "$work/postgres-url" ] && break
    kill -0 "$postgres_pid" 2>/dev/null || fail "PostgreSQL did not start"
    sleep 0.5
  done
  database_url=$(head -n 1 "$work/postgres-url")
  [ -n "$database_url" ] || fail "PostgreSQL did not start in 2 minutes"
else
  # As compose's migrate service does before the shop starts (from the full install: the CLI is a dev dependency).
  DATABASE_URL="$database_url" npm run --silent db:migrate >"$work/migrate.log" 2>&1 || fail "npm run db:migrate failed"
fi

if [ "$(id -u)" = 0 ]; then owner=${CI_DOCKER_USER:-nobody:nogroup}; else owner="$(id -un):$(id -gn)"; fi
image="$work/image"
node scripts/docker-runtime-layout.mjs "$image" --dist "$dist" --user "$owner" >"$work/container.json" 2>"$work/layout.log" ||
  fail "the runtime stage could not be replayed"
echo "runtime stage replayed into $image ($(du -sh "$image" | cut -f1))"
# The image's user (`node`) does not exist here: an unprivileged user of this machine stands in for it.
image_user=$(node -e 'console.log(require(process.argv[1]).user)' "$work/container.json")
case "$image_user" in root | root:* | 0 | 0:*) fail "the image would run as root (USER $image_user)" ;; esac
echo "✔ the image runs as USER $image_user (here: ${owner%%:*})"
workdir=$(node -e 'console.log(require(process.argv[1]).workdir)' "$work/container.json")
# /api/ready compares the database with the folders of prisma/migrations: without them it would say ready to anything.
diff <(ls prisma/migrations) <(ls "$workdir/prisma/migrations" 2>/dev/null) >"$work/migrations.log" ||
  fail "the image lacks migrations of prisma/migrations (next.config.ts, outputFileTracingIncludes)"
migrations=(prisma/migrations/*/)
echo "✔ the image has the ${#migrations[@]} migrations of prisma/migrations, which /api/ready reads"

port=$(free_port)
# The image's environment and nothing else, plus what compose.yaml gives the shop. HOSTNAME: this machine's loopback
# only (the image listens on 0.0.0.0); localhost, not 127.0.0.1, for the rewrites (vercel/next.js#94745).
mapfile -t container_env < <(node -e '
  const c = require(process.argv[1]);
  for (const [key, value] of Object.entries(c.env)) console.log(`${key}=${value}`);' "$work/container.json")
mapfile -t command < <(node -e 'for (const arg of require(process.argv[1]).cmd) console.log(arg)' "$work/container.json")
mapfile -t healthcheck < <(node -e 'for (const arg of require(process.argv[1]).healthcheck) console.log(arg)' "$work/container.json")
mkdir -p "$work/home" && chown "$owner" "$work/home" 2>/dev/null
run_env=(env -i "PATH=$(dirname "$(command -v node)"):/usr/bin:/bin" "HOME=$work/home" "${container_env[@]}"
  "PORT=$port" "HOSTNAME=localhost" "DATABASE_URL=$database_url" "SITE_URL=http://localhost:$port"
  "COOKIE_SECRET=ci-docker-check-secret-not-for-real-use-0123456789" "DEMO_PAYMENTS=1")
as_owner=()
[ "$(id -u)" = 0 ] && as_owner=(runuser -u "${owner%%:*}" --)

echo "${command[*]} in $workdir on http://localhost:$port"
(cd "$workdir" && exec setsid "${as_owner[@]}" "${run_env[@]}" "${command[@]}") >"$work/server.log" 2>&1 &
server_pid=$!
wait_for_200 "http://localhost:$port/api/health" 60 2>"$work/wait.log" || fail "the server did not answer /api/health in 60 s"

ORIGIN="http://localhost:$port" node --input-type=module -e '
  const origin = process.env.ORIGIN;
  const get = (path) => fetch(origin + path, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
  const home = await (await get("/fr")).text();
  const script = /\/_next\/static\/[^"]+\.js/.exec(home)?.[0];
  // A product of the database (the build may have prerendered none, or others): found by a search.
  const results = await (await get("/fr/search?q=lin")).text();
  const product = /href="(\/fr\/product\/[^"?#]+)"/.exec(results)?.[1];
  const checks = [
    ["/api/health", "the process answers"],
    ["/api/ready", "PostgreSQL reachable, every migration of prisma/migrations applied"],
    ["/fr", "the home page"],
    ["/fr/search?q=lin", "a search, rewritten by proxy.ts"],
    [product, "a product page found by the search"],
    ["/images/og-default.webp", "a file of public/"],
    [script, "a script of .next/static"],
  ];
  // The image dates the pages it prerendered from an empty database 2000 (Dockerfile): rendered again at once.
  let ok = /href="\/fr\/product\//.test(home);
  console.log(`${ok ? "✔" : "✘"} /fr lists products of the database`);
  for (const [path, what] of checks) {
    const status = path ? (await get(path)).status : "missing";
    console.log(`${status === 200 ? "✔" : "✘"} GET ${path} -> ${status} (${what})`);
    ok &&= status === 200;
  }
  const ready = await (await get("/api/ready")).json();
  if (ready.status !== "ready") { console.log(`✘ /api/ready says ${JSON.stringify(ready)}`); ok = false; }
  process.exit(ok ? 0 : 1);
' || fail "the replayed image did not serve every page"

(cd "$workdir" && "${as_owner[@]}" "${run_env[@]}" "${healthcheck[@]}") || fail "the image's HEALTHCHECK command failed"
echo "✔ the image's HEALTHCHECK command passes"

# The user may write where the server writes (regenerated pages, image cache, uploads), and nowhere else.
upload_dir=$(printf '%s\n' "${container_env[@]}" | sed -n 's/^UPLOAD_DIR=//p')
for dir in "$workdir/$dist" "$workdir/$dist/cache" "$upload_dir"; do
  "${as_owner[@]}" test -w "$dir" || fail "$dir is not writable by ${owner%%:*}"
done
if [ "$(id -u)" = 0 ]; then
  "${as_owner[@]}" test -w "$workdir/server.js" && fail "server.js is writable by ${owner%%:*}"
  "${as_owner[@]}" test -w "$workdir/node_modules" && fail "node_modules is writable by ${owner%%:*}"
fi
echo "✔ ${owner%%:*} writes only to $dist, its cache and UPLOAD_DIR"

if grep -E '"level":(50|60)|Cannot find module|ENOENT|EACCES' "$work/server.log"; then fail "the server logged errors"; fi
echo "✔ the image's runtime stage serves the shop on PostgreSQL ($(( $(date +%s) - started ))s)"
