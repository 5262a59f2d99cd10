// npm run purge: applies the retention schedule (lib/privacy/retention.ts, P15) now, with the same function
// the server runs once a day (lib/jobs/daily.ts). For an operator who wants it now, or for cron where no
// server runs; it is safe to run while the shop is running and to run twice.
import { createDb } from "@/lib/db/client";
import { applyRetention } from "@/lib/privacy/retention";

const db = createDb();
try {
  const report = await applyRetention(db, new Date());
  console.log(`Retention applied: ${JSON.stringify(report)}`);
} finally {
  await db.$disconnect();
}
