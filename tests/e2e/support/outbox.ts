// The e-mails the shop under test wrote, read from the e2e database's outbox with the fixtures' `db`
// (./fixtures.ts): /dev/outbox is for admins only, and a test about a customer should not need one. The e2e
// server has no e-mail key, so every e-mail stays pending with its body, links included.
import type { Db } from "@/lib/db/client";

export type OutboxEmail = { template: string; subject: string; text: string; status: string; createdAt: Date };

/** The e-mails written to `to`, newest first. */
export function emailsTo(db: Db, to: string): Promise<OutboxEmail[]> {
  return db.emailOutbox.findMany({
    where: { to: { equals: to.trim(), mode: "insensitive" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { template: true, subject: true, text: true, status: true, createdAt: true },
  });
}

/**
 * The first link matching `pattern` in the newest e-mail to `to`, as a path with its query (the e-mail's
 * origin is the server's SITE_URL, the same as the tests' baseURL).
 */
export async function linkFromOutbox(db: Db, to: string, pattern: RegExp): Promise<string> {
  const [newest] = await emailsTo(db, to);
  if (!newest) throw new Error(`no e-mail to ${to} in the outbox`);
  const link = newest.text.match(pattern)?.[0];
  if (!link) throw new Error(`no link matching ${pattern} in the newest e-mail to ${to} (${newest.template})`);
  const url = new URL(link);
  return url.pathname + url.search;
}
