// "Re-download the confirmation" (P5, P13): the order confirmation e-mail, rendered again as a standalone
// HTML file. Only the order's owner gets it; anyone else (signed out, another customer, an unknown or
// unpaid order) gets the same 404, so the answer never tells whether an order id exists.
import { getAccountOrder, hasConfirmation, renderConfirmationFile } from "@/lib/accounts/orders";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; orderId: string }> }) {
  const { locale, orderId } = await params;
  const user = await getCurrentUser();
  if (!isLocale(locale) || !user) return notFound();
  const order = await getAccountOrder(db, user.id, orderId);
  if (!order || !hasConfirmation(order)) return notFound();

  const file = await renderConfirmationFile(db, order, getEnv().SITE_URL);
  return new Response(file.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      // Personal data: never kept by a shared cache, nor sniffed into something else than a download.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
