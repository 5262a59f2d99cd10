// "Download my data" (P14): the signed-in customer's personal data as a JSON attachment. Only ever the
// data of the session's own user: no id is read from the request.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isLocale } from "@/lib/i18n/routing";
import { exportUserData } from "@/lib/privacy/export";
import { SHOP_TIME_ZONE } from "@/lib/shop";

export const dynamic = "force-dynamic";

/** Personal data must not be kept by a browser or proxy cache. */
const NO_STORE = { "cache-control": "no-store", "x-content-type-options": "nosniff" };

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404, headers: NO_STORE });
  const user = await getCurrentUser();
  // Signed out (or a revoked session): the same way in as for the pages of Mon compte.
  if (!user) redirect(`/${locale}/sign-in?returnTo=${encodeURIComponent(`/${locale}/account/privacy`)}`);

  const now = new Date();
  const data = await exportUserData(db, user.id, now);
  if (!data) return new Response(null, { status: 401, headers: NO_STORE });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...NO_STORE,
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(now)}"`,
    },
  });
}

/** plusuite-mes-donnees-YYYY-MM-DD.json, dated in the shop's time zone like everything else it shows. */
function exportFileName(now: Date): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE }).format(now);
  return `plusuite-mes-donnees-${day}.json`;
}
