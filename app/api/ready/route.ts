import { db } from "@/lib/db";
import { checkReadiness, expectedMigrations } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// Read once: the migrations are part of the build that is running.
let expected: string[] | undefined;

/** Readiness, for load balancers and the test harness: the database answers and has every migration applied. */
export async function GET() {
  expected ??= expectedMigrations();
  const readiness = await checkReadiness(db, expected);
  if (readiness.ready) return Response.json({ status: "ready" });
  return Response.json({ status: "unavailable", ...readiness }, { status: 503 });
}
