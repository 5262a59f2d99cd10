// Locale negotiation (next-intl: /fr default, Accept-Language, NEXT_LOCALE cookie), plus one rewrite
// that keeps category listings cacheable: /fr/category/x?sort=price-asc&page=2 is served from the
// prerendered/ISR route /fr/category/x/<canonical query>, so a filter in the URL never makes the page
// render per request. Hostile values are dropped here by the same parser the page uses.
import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { categoryViewPath } from "@/lib/catalogue/category-view";
import { routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.has("location") || !request.nextUrl.search) return response;

  const internalPath = categoryViewPath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!internalPath) return response;

  // Same origin as the request (nextUrl), so Next serves the rewrite internally instead of proxying it.
  const target = request.nextUrl.clone();
  target.pathname = internalPath;
  target.search = "";
  const rewritten = NextResponse.rewrite(target);
  response.headers.forEach((value, key) => {
    if (key === "set-cookie" || key === "link") rewritten.headers.append(key, value);
  });
  return rewritten;
}

export const config = {
  // Everything but API routes, Next.js internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
