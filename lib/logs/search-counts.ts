// Search queries counted without identity (P19): the normalized words and a count per day, nothing about
// who searched. Queries that look like an e-mail address or a phone number are not counted at all: a
// shopper who types one into the search box has not chosen to publish it in our statistics.
import type { Db } from "@/lib/db/client";
import { errorKind, logger } from "@/lib/logs/logger";

const MAX_TERMS = 8;
const MAX_LENGTH = 100;

/** The words of a query as counted ("Lin  BLANC!" → "lin blanc"), or null: not counted. */
export function countableQuery(query: string): string | null {
  if (query.includes("@") || /\d[\d\s.+()-]{5,}\d/.test(query)) return null;
  const words = query
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_TERMS)
    .join(" ")
    .slice(0, MAX_LENGTH)
    .trim();
  return words || null;
}

/** The UTC day of `now`, as stored in a DATE column. */
function dayOf(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Adds one to the day's count of the query; returns false when the query is not counted. */
export async function countSearchQuery(db: Db, query: string, now: Date): Promise<boolean> {
  const words = countableQuery(query);
  if (!words) return false;
  const key = { day: dayOf(now), query: words };
  await db.searchQueryCount.upsert({
    where: { day_query: key },
    create: { ...key, count: 1 },
    update: { count: { increment: 1 } },
  });
  return true;
}

/**
 * countSearchQuery for a response already on its way (proxy.ts, the dynamic search page): a failure is
 * logged without the query and never reaches the shopper.
 */
export async function countSearchInBackground(db: Db, query: string, now: Date): Promise<void> {
  try {
    await countSearchQuery(db, query, now);
  } catch (error) {
    logger.error({ error: errorKind(error) }, "search count failed");
  }
}
