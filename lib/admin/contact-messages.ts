// The back-office inbox of contact messages (P3): admins only, like every data function of lib/admin/.
// Messages are written by lib/contact/messages.ts.
import type { Db } from "@/lib/db/client";
import type { ContactMessageStatus } from "@/lib/generated/prisma/client";
import { assertAdmin, type Viewer } from "./access";

export const CONTACT_PAGE_SIZE = 50;

/** The back-office inbox (admins only): newest first, one page at a time, with the total for paging. */
export async function listContactMessages(
  db: Db,
  viewer: Viewer,
  { status, page = 1 }: { status?: ContactMessageStatus; page?: number },
) {
  assertAdmin(viewer);
  const where = status ? { status } : {};
  const current = Math.max(1, Math.floor(page));
  const [messages, total] = await Promise.all([
    db.contactMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * CONTACT_PAGE_SIZE,
      take: CONTACT_PAGE_SIZE,
    }),
    db.contactMessage.count({ where }),
  ]);
  return { messages, total, page: current, pageSize: CONTACT_PAGE_SIZE };
}
