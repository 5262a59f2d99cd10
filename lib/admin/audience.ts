// The audience figures of the dashboard (P19): read from AudienceCount only, the hourly totals counted with the
// visitors' consent (lib/logs/audience.ts), summed per day of the shop's calendar. Nothing here can name a
// visitor: there is nothing to name in those rows. Admins only, like every data function of lib/admin/.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { addDays, shopDay, type ShopDay } from "@/lib/jobs/shop-day";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { assertAdmin, type Viewer } from "./access";

/** Days shown, today included. */
export const AUDIENCE_DAYS = 30;
/** Values listed per dimension (pages, referrers, browsers, countries), most viewed first. */
export const AUDIENCE_TOP = 10;

export const AUDIENCE_DIMENSIONS = ["page", "referrerHost", "browser", "country"] as const;
export type AudienceDimension = (typeof AUDIENCE_DIMENSIONS)[number];

export type AudienceReport = {
  /** every day of the period, newest first, with its page views (0 on a day without any) */
  days: { day: ShopDay; views: number }[];
  /** the day the breakdown is for, or null for the whole period */
  day: ShopDay | null;
  /** the most viewed values of each dimension; "" is "none" (no referrer, unknown country) */
  top: Record<AudienceDimension, { value: string; views: number }[]>;
};

const DAY_MS = 86_400_000;

/** The column of each dimension: a fixed list, never text from a request. */
const COLUMNS: Record<AudienceDimension, Prisma.Sql> = {
  page: Prisma.raw(`"page"`),
  referrerHost: Prisma.raw(`"referrerHost"`),
  browser: Prisma.raw(`"browser"`),
  country: Prisma.raw(`"country"`),
};

/** The shop day of an hour's row, as "YYYY-MM-DD" (hours are stored as UTC). */
const SHOP_DAY_OF_HOUR = Prisma.sql`to_char(("hour" AT TIME ZONE 'UTC') AT TIME ZONE ${SHOP_TIME_ZONE}::text, 'YYYY-MM-DD')`;

/**
 * Page views per day over the last AUDIENCE_DAYS shop days, and the most viewed pages, referrers, browsers and
 * countries of one of those days (`day`), or of the whole period when `day` is null or outside it.
 */
export async function readAudienceReport(
  db: Db,
  viewer: Viewer,
  now: Date,
  day: ShopDay | null,
): Promise<AudienceReport> {
  assertAdmin(viewer);
  const today = shopDay(now);
  const first = addDays(today, -(AUDIENCE_DAYS - 1));
  const selected = day !== null && day >= first && day <= today ? day : null;
  // Wide enough for the first shop day whatever the offset; the days are then cut exactly in SQL.
  const since = new Date(now.getTime() - (AUDIENCE_DAYS + 1) * DAY_MS);
  const inPeriod = Prisma.sql`"hour" >= ${since} AND "hour" <= ${now} AND ${SHOP_DAY_OF_HOUR} >= ${first}`;
  const inBreakdown = selected ? Prisma.sql`${inPeriod} AND ${SHOP_DAY_OF_HOUR} = ${selected}` : inPeriod;

  const [perDay, ...tops] = await Promise.all([
    db.$queryRaw<{ day: string; views: bigint }[]>`
      SELECT ${SHOP_DAY_OF_HOUR} AS day, SUM("count")::int8 AS views
      FROM "AudienceCount" WHERE ${inPeriod} GROUP BY 1`,
    ...AUDIENCE_DIMENSIONS.map(
      (dimension) => db.$queryRaw<{ value: string; views: bigint }[]>`
        SELECT ${COLUMNS[dimension]} AS value, SUM("count")::int8 AS views
        FROM "AudienceCount" WHERE ${inBreakdown}
        GROUP BY 1 ORDER BY 2 DESC, 1 ASC LIMIT ${AUDIENCE_TOP}`,
    ),
  ]);

  const views = new Map(perDay.map((row) => [row.day, Number(row.views)]));
  const days = Array.from({ length: AUDIENCE_DAYS }, (_, index) => addDays(today, -index)).map((d) => ({
    day: d,
    views: views.get(d) ?? 0,
  }));
  const top = Object.fromEntries(
    AUDIENCE_DIMENSIONS.map((dimension, index) => [
      dimension,
      tops[index]!.map((row) => ({ value: row.value, views: Number(row.views) })),
    ]),
  ) as AudienceReport["top"];
  return { days, day: selected, top };
}
