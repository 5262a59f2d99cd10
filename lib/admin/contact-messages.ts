// The back-office inbox of contact messages (P3, P29): admins only, like every data function of lib/admin/.
// Messages are written by lib/contact/messages.ts; answers and reopening are in ./contact-replies.ts.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { ContactMessageKind, ContactMessageStatus, Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { assertAdmin, type Viewer } from "./access";
import {
  defineTable,
  pageCount,
  parseTableParams,
  skipFor,
  type RawSearchParams,
  type TableParams,
} from "./table-params";

export const CONTACT_PAGE_SIZE = 50;

export const CONTACT_STATUSES = ["open", "answered"] as const satisfies readonly ContactMessageStatus[];
export const CONTACT_KINDS = [
  "question",
  "privacyAccess",
  "privacyDeletion",
] as const satisfies readonly ContactMessageKind[];

/** The inbox's URL parameters: newest first by default; filters by status and kind; a malformed value is no filter. */
export const INBOX_TABLE = defineTable({
  sorts: { createdAt: "desc", answeredAt: "desc" },
  defaultSort: "createdAt",
  filters: { status: z.enum(CONTACT_STATUSES), kind: z.enum(CONTACT_KINDS) },
});
export type InboxSort = keyof (typeof INBOX_TABLE)["sorts"];
export type InboxTableParams = TableParams<InboxSort, (typeof INBOX_TABLE)["filters"]>;

export function parseInboxParams(searchParams: RawSearchParams): InboxTableParams {
  return parseTableParams(INBOX_TABLE, searchParams);
}

export type InboxQuery = {
  status?: ContactMessageStatus;
  kind?: ContactMessageKind;
  page?: number;
  sort?: InboxSort;
  direction?: "asc" | "desc";
};

const LIST_SELECT = {
  id: true,
  kind: true,
  name: true,
  email: true,
  subject: true,
  orderNumber: true,
  locale: true,
  status: true,
  createdAt: true,
  answeredAt: true,
} as const;

export type InboxRow = Prisma.ContactMessageGetPayload<{ select: typeof LIST_SELECT }>;

/**
 * One page of the inbox with the total for paging; a page past the end (an old link) shows the last one.
 * Unanswered messages have no answer date: sorted by it they come last, whatever the direction.
 */
export async function listContactMessages(
  db: Db,
  viewer: Viewer,
  { status, kind, page = 1, sort = "createdAt", direction = INBOX_TABLE.sorts[sort] }: InboxQuery,
): Promise<{ messages: InboxRow[]; total: number; page: number; pageSize: number }> {
  assertAdmin(viewer);
  const where: Prisma.ContactMessageWhereInput = { status, kind };
  const total = await db.contactMessage.count({ where });
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount(total, CONTACT_PAGE_SIZE));
  const orderBy: Prisma.ContactMessageOrderByWithRelationInput[] =
    sort === "answeredAt"
      ? [{ answeredAt: { sort: direction, nulls: "last" } }, { createdAt: direction }, { id: direction }]
      : [{ createdAt: direction }, { id: direction }];
  const messages = await db.contactMessage.findMany({
    where,
    orderBy,
    skip: skipFor(current, CONTACT_PAGE_SIZE),
    take: CONTACT_PAGE_SIZE,
    select: LIST_SELECT,
  });
  return { messages, total, page: current, pageSize: CONTACT_PAGE_SIZE };
}

export type ContactMessageDetail = InboxRow & {
  message: string;
  replies: {
    id: string;
    body: string;
    sentAt: Date;
    /** the admin who answered, or null once that account is gone */
    author: { name: string | null; email: string } | null;
  }[];
};

/** A message with its answers, oldest first; an unknown id is the "notFound" refusal. */
export async function getContactMessage(db: Db, viewer: Viewer, id: string): Promise<ContactMessageDetail> {
  assertAdmin(viewer);
  const row = await db.contactMessage.findUnique({
    where: { id },
    select: {
      ...LIST_SELECT,
      message: true,
      replies: {
        orderBy: [{ sentAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, sentAt: true, author: { select: { name: true, email: true } } },
      },
    },
  });
  if (!row) throw new DomainError("notFound");
  return row;
}
