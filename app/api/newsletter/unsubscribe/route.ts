import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { handleOneClickUnsubscribe, redirectToUnsubscribePage } from "@/lib/newsletter/unsubscribe-request";

export const dynamic = "force-dynamic";

/** One-click unsubscribe (P7, RFC 8058): see lib/newsletter/unsubscribe-request.ts. */
export async function POST(request: Request) {
  return handleOneClickUnsubscribe(request, { db, env: getEnv(), now: new Date() });
}

export async function GET(request: Request) {
  return redirectToUnsubscribePage(request, { db, env: getEnv() });
}
