// P14: an admin downloads what the shop holds about an address used without an account (guest orders,
// subscriptions, contact messages, e-mails), recorded in the audit log under a keyed hash of the address.
import { exportGuestData, guestEmailSchema } from "@/lib/admin/customer-guest";
import { jsonAttachment, NO_STORE } from "@/lib/admin/customer-export-file";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const admin = await requireAdmin();
  const email = guestEmailSchema.safeParse(new URL(request.url).searchParams.get("email") ?? "");
  if (!email.success) return new Response(null, { status: 400, headers: NO_STORE });
  const now = new Date();
  try {
    const data = await exportGuestData(db, admin, email.data, { now, secret: getEnv().COOKIE_SECRET });
    return jsonAttachment(data, "invite", now);
  } catch (error) {
    // Nothing held about the address (404), or it has an account: its profile exports it (409).
    if (error instanceof DomainError) {
      return new Response(null, { status: error.code === "accountExists" ? 409 : 404, headers: NO_STORE });
    }
    throw error;
  }
}
