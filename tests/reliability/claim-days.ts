// One of the two processes of run.ts's daily-run race: at the instant given (ms since the epoch), and every
// 1.5 s after it, tries to run the retention purge of the next of seven days (at 05:00 in Paris, after
// RETENTION_HOUR), as every instance's maintenance tick does. Prints the days this process ran, as JSON.
import { setTimeout as sleep } from "node:timers/promises";
import { createDb } from "@/lib/db/client";
import { runDailyRetention } from "@/lib/jobs/daily";

const startAt = Number(process.argv[2]);
const db = createDb();
const won: string[] = [];
try {
  for (let day = 1; day <= 7; day++) {
    await sleep(Math.max(0, startAt + (day - 1) * 1_500 - Date.now()));
    // 04:00 UTC is 05:00 or 06:00 in Paris: past the retention hour, whatever the season.
    const now = new Date(Date.UTC(2031, 0, day, 4, 0, 0));
    if (await runDailyRetention(db, now)) won.push(now.toISOString().slice(0, 10));
  }
} finally {
  await db.$disconnect();
}
process.stdout.write(JSON.stringify(won));
