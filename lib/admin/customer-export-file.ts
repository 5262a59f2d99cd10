// How the back office hands over a customer's data (P14): a JSON attachment that no cache keeps, named with
// the day in the shop's time zone, like the customer's own "Mes données" download.
import { SHOP_TIME_ZONE } from "@/lib/shop";

/** Personal data must not be kept by a browser or proxy cache. */
export const NO_STORE = { "cache-control": "no-store", "x-content-type-options": "nosniff" } as const;

export function jsonAttachment(data: unknown, name: string, now: Date): Response {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE }).format(now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...NO_STORE,
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="plusuite-${name}-${day}.json"`,
    },
  });
}
