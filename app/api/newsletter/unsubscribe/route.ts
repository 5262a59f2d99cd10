import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { handleOneClickUnsubscribe, redirectToUnsubscribePage } from "@/lib/newsletter/unsubscribe-request";
import { orUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** One-click unsubscribe (P7, RFC 8058): see lib/newsletter/unsubscribe-request.ts. */
export const POST = orUnavailable(async (request: Request) => {
  return handleOneClickUnsubscribe(request, { db, env: getEnv(), now: new Date() });
});

export const GET = orUnavailable(async (request: Request) => {
  return redirectToUnsubscribePage(request, { db, env: getEnv() });
});
