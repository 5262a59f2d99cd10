# syntax=docker/dockerfile:1
# PluSuite's production image (docs/decisions/0016-standalone-docker.md), three stages:
#   deps    -> npm ci: every dependency, since the build and the migrations need the dev ones;
#   build   -> the Prisma client and `next build` (output: "standalone"); also the image of compose.yaml's one-shot
#              `migrate` service, which has the Prisma CLI, tsx and the seed;
#   runtime -> `node server.js` with the standalone output only (the production files Next.js traced), as the
#              unprivileged `node` user, health-checked on /api/health.
# scripts/ci-docker.sh builds it where Docker runs, and everywhere starts the runtime stage's COPY lines (read
# from this file) on a build made outside Docker: keep those lines in the `COPY --from=build /app/<path> <dest>`
# form it reads.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

FROM base AS deps
COPY package.json package-lock.json ./
# No install script of a dependency runs (package.json's allowScripts, which this image's npm 10 does not read):
# none is needed, and @prisma/engines' would download native engines. The client is generated in the build stage.
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Read when pages are prerendered: the public origin goes into canonical and Open Graph links, the chat's key into
# the consent gate. Build with the production values (compose.yaml passes them).
ARG SITE_URL=http://localhost:3000
ARG TIDIO_PUBLIC_KEY=
# The build prerenders pages from a database, and the image is built away from the shop's: an empty embedded one,
# migrated, serves it (then goes). The pages it prerendered (home, policies, sitemap…) are then dated 2000, past
# their expiry (Next.js's expireTime, a year): each is rendered again from the shop's database at its first request,
# which waits for it, instead of showing an empty shop until its revalidation. The build's COOKIE_SECRET signs
# nothing: the server reads its own when it starts.
RUN node scripts/prisma.mjs generate \
  && export DATABASE_URL=pglite:/tmp/build-db \
  && node scripts/prisma.mjs migrate deploy \
  && SITE_URL="$SITE_URL" TIDIO_PUBLIC_KEY="$TIDIO_PUBLIC_KEY" COOKIE_SECRET=build-only-placeholder-that-signs-nothing \
    npx next build \
  && node --import tsx scripts/db-stop.ts \
  && find .next/standalone/.next/server/app -type f -exec touch -d 2000-01-01 {} + \
  && rm -rf /tmp/build-db* .next/cache
# As the `migrate` service: apply the migrations (and, with SEED_DEMO=1, load the demo catalogue), then exit.
CMD ["sh", "-c", "npm run db:migrate && if [ \"$SEED_DEMO\" = 1 ]; then npm run seed; fi"]

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  PORT=3000 \
  HOSTNAME=0.0.0.0 \
  UPLOAD_DIR=/data/uploads
WORKDIR /app
# The server and its dependencies stay root's (the `node` user can read them, not change them); only .next, where
# regenerated pages and the image cache are written, and the upload directory belong to `node`.
COPY --from=build --exclude=.next /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/standalone/.next ./.next
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
RUN mkdir -p .next/cache /data/uploads && chown node:node .next .next/cache /data/uploads
USER node
VOLUME ["/data/uploads"]
EXPOSE 3000
# No curl in the slim image: node asks /api/health (the process answers; /api/ready is the load balancer's question).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
