// Locale negotiation (next-intl: /fr default, Accept-Language, NEXT_LOCALE cookie), plus one rewrite
// that keeps category listings cacheable: /fr/category/x?sort=price-asc&page=2 is served from the
// prerendered/ISR route /fr/category/x/<canonical query>, so a filter in the URL never makes the page
// render per request. Hostile values are dropped here by the same parser the page uses. Searches likewise
// (/fr/search?q=lin → /fr/search/lin/1, lib/catalogue/search-view.ts), and they are counted here (P19).
// Server action requests from a foreign origin, above the body limit or whose arguments do not decode are refused
// here with a 403/413/400 (Next.js would answer them with a 500); the action builder checks the Origin again.
// So is a path with a broken escape ("%zz"), API routes' included.
// Also a first gate for protected areas: without a session cookie, /account redirects to sign-in and
// /admin is the ordinary 404. The pages, server actions and route handlers check the session again.
// Pages rendered per request where personal data is typed or shown get their Content-Security-Policy here,
// with a fresh nonce (P12, lib/security/csp.ts); every other response keeps the one of next.config.ts.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { allowedOrigins } from "@/lib/actions/origins";
import { isDecodablePath, refuseActionRequest, refuseUndecodableReply } from "@/lib/actions/request-guard";
import { hasSessionCookie } from "@/lib/auth/cookie-names";
import { categoryViewPath } from "@/lib/catalogue/category-view";
import { routeSearchRequest } from "@/lib/catalogue/search-view";
import { CONSENT_COOKIE, parseConsentCookie } from "@/lib/consent/cookie";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { countSearchInBackground } from "@/lib/logs/search-counts";
import { contentSecurityPolicy, newNonce, noncePageOf } from "@/lib/security/csp";

const intl = createMiddleware(routing);

export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<NextResponse> {
  // A broken escape in the path: Next.js would answer it with a 500 while matching the route.
  if (!isDecodablePath(request.nextUrl.pathname)) return new NextResponse("Bad request", { status: 400 });
  // API routes pass through here for that check only (see the matcher).
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const refusal = refuseActionRequest(request, allowedOrigins(getEnv())) ?? (await refuseUndecodableReply(request));
  if (refusal) return new NextResponse(refusal.reason, { status: refusal.status });

  const policy = noncePolicy(request);
  if (policy) {
    // Next.js reads the nonce from the request's policy and puts it on its scripts; pages read x-nonce for
    // scripts of their own. next-intl passes the request headers on to the page.
    request.headers.set("x-nonce", policy.nonce);
    request.headers.set("content-security-policy", policy.value);
  }
  const response = intl(request);
  if (response.headers.has("location")) return response;
  // A page is served without Set-Cookie, so that shared caches (a CDN) keep the prerendered catalogue: next-intl
  // would remember here a locale that differs from Accept-Language. The language switcher remembers a choice in
  // the browser instead, and "/" still redirects by the cookie or Accept-Language.
  response.headers.delete("set-cookie");
  // On the page itself only: the rewrites below (a protected area without a session, a category view) serve
  // prerendered pages, which carry no nonce and keep the policy of next.config.ts.
  if (policy) response.headers.set("content-security-policy", policy.value);

  const protectedArea = /^\/(fr|en)\/(account|admin)(\/|$)/.exec(request.nextUrl.pathname);
  if (protectedArea && !hasSessionCookie(request.cookies.getAll().map((c) => c.name))) {
    const [, locale, area] = protectedArea;
    const target = request.nextUrl.clone();
    target.search = "";
    if (area === "admin") {
      // Served by the catch-all [...rest] route: the same 404 as any unknown page.
      target.pathname = `/${locale}/not-found`;
      return NextResponse.rewrite(target);
    }
    target.pathname = `/${locale}/sign-in`;
    target.searchParams.set("returnTo", request.nextUrl.pathname);
    return NextResponse.redirect(target);
  }
  // Searches are served from a cache keyed by the query, so they are counted here, on every request (P19,
  // docs/decisions/0013-search.md), after the response is sent.
  const { pathname, searchParams } = request.nextUrl;
  const search = routeSearchRequest({ method: request.method, pathname, searchParams, headers: request.headers });
  if (search?.countedQuery) event.waitUntil(countSearchInBackground(db, search.countedQuery, new Date()));
  if (!search && !request.nextUrl.search) return response;

  const internalPath = search ? search.internalPath : categoryViewPath(pathname, searchParams);
  if (!internalPath) return response;

  // Same origin as the request (nextUrl), so Next serves the rewrite internally instead of proxying it.
  const target = request.nextUrl.clone();
  target.pathname = internalPath;
  target.search = "";
  const rewritten = NextResponse.rewrite(target);
  const link = response.headers.get("link");
  if (link) rewritten.headers.set("link", link);
  return rewritten;
}

/** The per-request policy of a nonce page, with the hosts of the categories the visitor consented to. */
function noncePolicy(request: NextRequest): { nonce: string; value: string } | null {
  const page = noncePageOf(request.nextUrl.pathname);
  if (!page) return null;
  const nonce = newNonce();
  const consent = parseConsentCookie(request.cookies.get(CONSENT_COOKIE)?.value, new Date());
  return { nonce, value: contentSecurityPolicy({ kind: "nonce", nonce, consent, needs: page.needs }, getEnv()) };
}

export const config = {
  // Everything but Next.js internals and files with an extension; API routes for the path check only.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/api/:path*"],
};
