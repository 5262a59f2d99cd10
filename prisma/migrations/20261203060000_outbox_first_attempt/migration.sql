-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "firstAttemptAt" TIMESTAMP(3);

-- Added by hand: e-mails already tried once get their creation time as first attempt, no later than the real
-- one, so that their remaining retries stay within Resend's 24-hour idempotency window (docs/decisions/0017).
UPDATE "EmailOutbox" SET "firstAttemptAt" = "createdAt" WHERE "attempts" > 0;
