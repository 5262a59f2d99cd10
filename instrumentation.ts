// Runs once when a Next.js server starts: refuse to start with a clear message on bad configuration,
// then start the periodic jobs (e-mail retries, expired reservations, and the daily retention purge, which
// one process per day claims in the database: lib/jobs/daily.ts), the request ids of the JSON log
// (lib/logs/request-id.ts), and the diagnostics request log, which sees each response finish (P18,
// lib/logs/request-log.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkEnvironmentOrExit } = await import("@/lib/env-check");
  checkEnvironmentOrExit();
  const [{ startMaintenanceLoop }, { startRequestLog }, { startRequestIds }, { db }, { getEnv }] = await Promise.all([
    import("@/lib/jobs/maintenance"),
    import("@/lib/logs/request-log"),
    import("@/lib/logs/request-id"),
    import("@/lib/db"),
    import("@/lib/env"),
  ]);
  // Ids first: the request log's line of a request carries its id (lib/logs/request-id.ts).
  startRequestIds(getEnv().TRUSTED_PROXY_HOPS);
  startMaintenanceLoop(db, getEnv());
  startRequestLog(db, { trustedProxyHops: getEnv().TRUSTED_PROXY_HOPS });
}
