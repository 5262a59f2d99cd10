import { db } from "@/lib/db";
import { isDatabaseReachable } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the e2e harness. */
export async function GET() {
  if (await isDatabaseReachable(db)) return Response.json({ status: "ok" });
  return Response.json({ status: "unavailable" }, { status: 503 });
}
