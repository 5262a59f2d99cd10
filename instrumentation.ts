// Runs once when a Next.js server starts: refuse to start with a clear message on bad configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("@/lib/env-check");
    checkEnvironmentOrExit();
  }
}
