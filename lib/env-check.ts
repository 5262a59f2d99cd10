import { getEnv, InvalidEnvironmentError } from "@/lib/env";

/** Server start-up: print every configuration problem and stop, rather than fail on a later request. */
export function checkEnvironmentOrExit(): void {
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
