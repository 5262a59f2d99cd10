// Auth.js's endpoints (link callbacks, session, CSRF).
// - Every request is seen on SITE_URL: Auth.js builds its redirects (back to the shop after a link, to our
//   error page) and the link's origin from the request URL, which behind a proxy may name another host than
//   the one the browser keeps the session cookie for.
// - Asking for a sign-in link goes only through our form's server action (app/[locale]/(shop)/sign-in),
//   which rate-limits per address and per IP (P12) before calling Auth.js in-process: posting here
//   directly would skip those limits, so that endpoint is closed.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { SIGN_IN_LINK_PROVIDER } from "@/lib/auth/sign-in-link";
import { getEnv } from "@/lib/env";

/**
 * The same request on SITE_URL. A plain Request, because a NextRequest rewrites 127.0.0.1 to localhost
 * (another host, without the cookies). Auth.js reads its URL, method, headers and body only; next-auth
 * would read `nextUrl` only with AUTH_URL set, which this shop does not use (SITE_URL is the origin).
 */
async function onOurSite(request: NextRequest): Promise<NextRequest> {
  const { pathname, search } = request.nextUrl;
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  const url = new URL(`${pathname}${search}`, getEnv().SITE_URL);
  return new Request(url, { method: request.method, headers: request.headers, body }) as unknown as NextRequest;
}

export async function GET(request: NextRequest) {
  return handlers.GET(await onOurSite(request));
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.replace(/\/+$/, "").endsWith(`/signin/${SIGN_IN_LINK_PROVIDER}`)) {
    return new Response(null, { status: 404 });
  }
  return handlers.POST(await onOurSite(request));
}
