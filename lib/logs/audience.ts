// Audience measurement (P19): only for visitors who consented to "audience", and only as counts per hour,
// page pattern, referring site, browser family and country. Nothing stored names a person, a session or an
// address: the request's IP is used for the rate limit key (a keyed hash, lib/security/rate-limit.ts) and
// never reaches these tables. The browser sends one beacon per page view (components/logs/audience-beacon.tsx)
// and the route handler (app/api/audience/route.ts) checks the consent cookie again before counting.
import { z } from "zod";
import { CONSENT_COOKIE, parseConsentCookie } from "@/lib/consent/cookie";
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { allowedOrigins } from "@/lib/actions/origins";
import { readBeaconBody } from "@/lib/http/beacon";
import { clientIpKey } from "@/lib/security/client-ip";
import { hit, type RateLimitRule } from "@/lib/security/rate-limit";

/** Far above what one household browsing makes; a script is refused. */
export const AUDIENCE_RATE_LIMIT: RateLimitRule = { limit: 300, windowSeconds: 10 * 60 };

export type BrowserFamily = "chrome" | "firefox" | "safari" | "edge" | "other";

export type AudienceHit = { page: string; referrerHost: string; browser: BrowserFamily; country: string };

/** Public pages that are measured, as patterns. Accounts, orders and sign-in pages are not measured. */
const STATIC_PAGES = [
  "/",
  "/search",
  "/cart",
  "/checkout",
  "/contact",
  "/privacy",
  "/terms",
  "/testimonials",
  "/commitments",
];
const DYNAMIC_PAGES: [RegExp, string][] = [
  [/^\/product\/[a-z0-9-]{1,120}$/, "/product/[slug]"],
  // Sorted or paged listings are the same page.
  [/^\/category\/[a-z0-9-]{1,120}(\/.*)?$/, "/category/[slug]"],
];

/** The pattern of a measured page ("/fr/product/lin-blanc" → "/product/[slug]"), or null: not counted. */
export function pagePattern(path: string): string | null {
  const [, first = "", rest = ""] = /^\/([^/?#]*)([^?#]*)/.exec(path) ?? [];
  if (!isLocale(first)) return null;
  const page = rest.replace(/\/$/, "") || "/";
  if (STATIC_PAGES.includes(page)) return page;
  return DYNAMIC_PAGES.find(([pattern]) => pattern.test(page))?.[1] ?? null;
}

/** The browser family from a user agent; the order matters (Edge and Opera say "Chrome", Chrome says "Safari"). */
export function browserFamily(userAgent: string | null): BrowserFamily {
  const ua = userAgent ?? "";
  if (/\bEdg(e|A|iOS)?\//.test(ua)) return "edge";
  if (/\b(OPR|SamsungBrowser|YaBrowser|Vivaldi)\//.test(ua)) return "other";
  if (/\b(Firefox|FxiOS)\//.test(ua)) return "firefox";
  if (/\b(Chrome|Chromium|CriOS)\//.test(ua)) return "chrome";
  if (/\bVersion\/[\d.]+.*\bSafari\//.test(ua)) return "safari";
  return "other";
}

/** Another site's host name from a referrer, or "" (none, our own site, or not a web address). */
export function referrerHost(referrer: string | null | undefined, siteUrl: string): string {
  if (!referrer) return "";
  try {
    const url = new URL(referrer);
    if (url.protocol !== "https:" && url.protocol !== "http:") return "";
    const host = url.hostname.toLowerCase();
    return host === new URL(siteUrl).hostname.toLowerCase() ? "" : host.slice(0, 253);
  } catch {
    return "";
  }
}

/**
 * The visitor's country without looking the address up: the CDN's country header when one is in front
 * (Cloudflare's CF-IPCountry), otherwise the region of the browser's first language ("fr-BE" → "BE"),
 * which is a setting of the browser, not a location. "" when neither says.
 */
export function countryOf(headers: Pick<Headers, "get">): string {
  const cdn = headers.get("cf-ipcountry")?.trim().toUpperCase();
  if (cdn && /^[A-Z]{2}$/.test(cdn) && cdn !== "XX" && cdn !== "T1") return cdn;
  const first = headers.get("accept-language")?.split(",")[0]?.split(";")[0]?.trim() ?? "";
  const region = /^[a-z]{2,3}-([a-z]{2})$/i.exec(first)?.[1];
  return region ? region.toUpperCase() : "";
}

/** The start of the UTC hour of `now`. */
export function hourOf(now: Date): Date {
  const hour = new Date(now);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

/** Adds one view to its hour's count. */
export async function countAudienceHit(db: Db, hit: AudienceHit, now: Date): Promise<void> {
  const key = { hour: hourOf(now), ...hit };
  await db.audienceCount.upsert({
    where: { hour_page_referrerHost_browser_country: key },
    create: { ...key, count: 1 },
    update: { count: { increment: 1 } },
  });
}

/** What the browser sends: the page's path and, on the first page of a visit, document.referrer. */
const beaconSchema = z.object({
  path: z.string().min(1).max(500),
  referrer: z.string().max(2000).optional(),
});
const BEACON_MAX_BYTES = 4_096;

/** The value of one cookie in a Cookie header. */
function cookieValue(header: string | null, name: string): string | undefined {
  const prefix = `${name}=`;
  return header
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
}

/**
 * Counts one page view from a beacon, if the visitor consented to audience measurement; the HTTP status to
 * answer. Anything else (no consent, another origin, malformed, unknown page, too many) counts nothing;
 * the browser ignores the answer, so refusals are plain statuses.
 */
export async function receiveAudienceBeacon(
  deps: { db: Db; env: Pick<Env, "SITE_URL" | "NODE_ENV" | "COOKIE_SECRET" | "TRUSTED_PROXY_HOPS"> },
  request: Request,
  now: Date,
): Promise<number> {
  const { db, env } = deps;
  const origin = request.headers.get("origin");
  if (origin && !allowedOrigins(env).includes(origin)) return 403;
  // P19: the consent cookie decides, on the server too; without it nothing is written, not even a rate limit.
  const consent = parseConsentCookie(cookieValue(request.headers.get("cookie"), CONSENT_COOKIE), now);
  if (!consent?.audience) return 204;

  const parsed = await readBeaconBody(request, beaconSchema, BEACON_MAX_BYTES);
  if ("status" in parsed) return parsed.status;
  const page = pagePattern(parsed.data.path);
  if (!page) return 204;

  const ipKey = clientIpKey(request.headers, { trustedProxyHops: env.TRUSTED_PROXY_HOPS, secret: env.COOKIE_SECRET });
  if (!(await hit(db, `audience:ip:${ipKey}`, AUDIENCE_RATE_LIMIT, now)).allowed) return 429;

  await countAudienceHit(
    db,
    {
      page,
      referrerHost: referrerHost(parsed.data.referrer, env.SITE_URL),
      browser: browserFamily(request.headers.get("user-agent")),
      country: countryOf(request.headers),
    },
    now,
  );
  return 204;
}
