// Runs once when a Next.js server starts: refuse to start with a clear message on bad configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv, InvalidEnvironmentError } = await import("@/lib/env");
  try {
    getEnv();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
