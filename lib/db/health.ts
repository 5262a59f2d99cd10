import type { Db } from "./client";

/** Whether the database answers a trivial query: the health check of load balancers and the e2e harness. */
export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
