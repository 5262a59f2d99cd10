import { getCart } from "@/lib/cart/cart";
import { readCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

/** The visitor's cart, for the header count and the cart drawer (pages themselves stay static). */
export async function GET(request: Request) {
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : "fr";
  const cart = await getCart(db, await readCartId(), locale);
  return Response.json(cart, { headers: { "cache-control": "private, no-store" } });
}
