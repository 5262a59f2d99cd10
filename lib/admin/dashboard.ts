// The back office's home: the figures an admin checks first.
import type { Db } from "@/lib/db/client";
import { countUnsentEmails } from "@/lib/email/outbox";
import { countOrdersWithStatus } from "@/lib/orders/queries";
import { assertAdmin, type Viewer } from "./access";

export type AdminDashboard = { paidOrders: number; pendingOrders: number; unsentEmails: number };

export async function readAdminDashboard(db: Db, viewer: Viewer): Promise<AdminDashboard> {
  assertAdmin(viewer);
  const [paidOrders, pendingOrders, unsentEmails] = await Promise.all([
    countOrdersWithStatus(db, "paid"),
    countOrdersWithStatus(db, "pending"),
    countUnsentEmails(db),
  ]);
  return { paidOrders, pendingOrders, unsentEmails };
}
