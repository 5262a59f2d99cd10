// The outbox viewer (/dev/outbox): every e-mail the shop wrote, bodies included, so sign-in and reset links
// too while they are unsent. Admins only, and only where the viewer is enabled (lib/email/deliver.ts).
import type { Db } from "@/lib/db/client";
import { assertAdmin, type Viewer } from "./access";

/** The latest e-mails, newest first (no bodies: the list does not show them). */
export async function listOutboxEmails(db: Db, viewer: Viewer, limit: number) {
  assertAdmin(viewer);
  return db.emailOutbox.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      createdAt: true,
      to: true,
      subject: true,
      template: true,
      status: true,
      attempts: true,
      lastError: true,
    },
  });
}

/** One e-mail with its bodies; null for an unknown id. */
export async function readOutboxEmail(db: Db, viewer: Viewer, id: string) {
  assertAdmin(viewer);
  return db.emailOutbox.findUnique({ where: { id } });
}
