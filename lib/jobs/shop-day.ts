// The shop's calendar (SHOP_TIME_ZONE): daily jobs run once per day of it, and the dates they announce to
// customers ("deleted on 15 July") are days of it, whatever the servers' clocks are set to.
import { SHOP_TIME_ZONE } from "@/lib/shop";

/** A day of the shop's calendar, "YYYY-MM-DD": strings compare in date order. */
export type ShopDay = string;

const DAY_FORMAT = new Intl.DateTimeFormat("en-CA", {
  timeZone: SHOP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const HOUR_FORMAT = new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, hour: "2-digit", hourCycle: "h23" });

export function shopDay(instant: Date): ShopDay {
  return DAY_FORMAT.format(instant);
}

/** The hour (0–23) on the shop's clocks. */
export function shopHour(instant: Date): number {
  return Number(HOUR_FORMAT.format(instant));
}

export function addDays(day: ShopDay, days: number): ShopDay {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + days)).toISOString().slice(0, 10);
}

/** An instant inside `day` (its noon in UTC, which is that day everywhere in Europe): for formatting it. */
export function instantOfDay(day: ShopDay): Date {
  return new Date(`${day}T12:00:00Z`);
}
