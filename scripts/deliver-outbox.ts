// Sends the e-mails that are due from the outbox, once (run it from cron or by hand). Without
// RESEND_API_KEY nothing is sent: e-mails stay in the outbox, viewable at /<locale>/dev/outbox.
import { createDb } from "@/lib/db/client";
import { deliverOutboxNow } from "@/lib/email/deliver";
import { getEnv } from "@/lib/env";

const env = getEnv();
const db = createDb(env.DATABASE_URL);
try {
  const report = await deliverOutboxNow(db, env);
  if (!report) {
    const pending = await db.emailOutbox.count({ where: { status: "pending" } });
    console.log(`RESEND_API_KEY is not set: nothing sent, ${pending} pending e-mail(s) stay in the outbox.`);
  } else {
    console.log(`Outbox: ${report.sent} sent, ${report.retried} to retry later, ${report.failed} failed for good.`);
    if (report.failed > 0) process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
