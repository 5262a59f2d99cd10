// The one-click unsubscribe endpoint (P7, RFC 8058), as plain functions of a Request so that tests call it
// as mail providers do. POST unsubscribes at once: no sign-in, no Origin check (the POST comes from the
// provider's servers, the signed token is the authorization), body "List-Unsubscribe=One-Click" not required.
// GET (a person opening the header's URI) is sent to the localized page, which says what happened.
import type { Db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/routing";
import { newsletterPageUrl, type NewsletterEnv } from "./links";
import { unsubscribe } from "./subscriptions";
import { verifyUnsubscribeToken } from "./tokens";

type Deps = { db: Db; env: NewsletterEnv; now: Date };

const plain = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function handleOneClickUnsubscribe(request: Request, { db, env, now }: Deps): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await unsubscribe(db, token, now, env.COOKIE_SECRET);
  return result.status === "unsubscribed" ? plain("unsubscribed", 200) : plain("invalid token", 400);
}

export async function redirectToUnsubscribePage(request: Request, { db, env }: Omit<Deps, "now">): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const id = verifyUnsubscribeToken(token, env.COOKIE_SECRET);
  const row = id ? await db.newsletterSubscription.findUnique({ where: { id }, select: { locale: true } }) : null;
  const locale = row && isLocale(row.locale) ? row.locale : "fr";
  return new Response(null, {
    status: 303,
    headers: { location: newsletterPageUrl(env.SITE_URL, locale, "unsubscribe", token), "cache-control": "no-store" },
  });
}
