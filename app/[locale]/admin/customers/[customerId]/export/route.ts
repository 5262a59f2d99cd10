// P14: an admin downloads a customer's data to answer an access request: the same export as "Mes données"
// (lib/privacy/export.ts), recorded in the audit log. Admins with the second factor only.
import { exportCustomerData } from "@/lib/admin/customer-privacy";
import { jsonAttachment, NO_STORE } from "@/lib/admin/customer-export-file";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ customerId: string }> }) {
  const admin = await requireAdmin();
  const { customerId } = await params;
  const now = new Date();
  const data = await exportCustomerData(db, admin, customerId, now);
  if (!data) return new Response(null, { status: 404, headers: NO_STORE });
  return jsonAttachment(data, `client-${customerId}`, now);
}
