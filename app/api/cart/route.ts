import { getCart } from "@/lib/cart/cart";
import { readCartId, rememberCartCount } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { isLocale } from "@/lib/i18n/routing";
import { orUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** The visitor's cart, for the cart drawer when it opens (pages themselves stay static). */
export const GET = orUnavailable(async (request: Request) => {
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : "fr";
  const cart = await rememberCartCount(await getCart(db, await readCartId(), locale));
  return Response.json(cart, { headers: { "cache-control": "private, no-store" } });
});
