// Audience beacons (P19): counted only with the visitor's consent, as aggregates (lib/logs/audience.ts).
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { receiveAudienceBeacon } from "@/lib/logs/audience";
import { orUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

export const POST = orUnavailable(async (request: Request) => {
  const status = await receiveAudienceBeacon({ db, env: getEnv() }, request, new Date());
  return new Response(null, { status, headers: { "cache-control": "no-store" } });
});
