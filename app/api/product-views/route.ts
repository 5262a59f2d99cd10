// Product views (P4): the beacon of the static product page (components/product/record-view.tsx).
import { receiveProductViewBeacon } from "@/lib/accounts/interests";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { orUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

export const POST = orUnavailable(async (request: Request) => {
  const currentUserId = async () => (await getCurrentUser())?.id ?? null;
  const status = await receiveProductViewBeacon({ db, env: getEnv(), currentUserId }, request, new Date());
  return new Response(null, { status, headers: { "cache-control": "no-store" } });
});
