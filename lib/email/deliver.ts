// Delivery entry points for the CLI and the dev outbox page: the sender comes from the environment.
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { deliverDueEmails, type DeliveryReport } from "./outbox";
import { emailSenderFromEnv } from "./resend-sender";

/** Sends the due e-mails, or returns null without touching them when no sender is configured. */
export async function deliverOutboxNow(db: Db, env: Env, now = new Date()): Promise<DeliveryReport | null> {
  const sender = emailSenderFromEnv(env);
  if (!sender) return null;
  return deliverDueEmails(db, sender, now);
}

/** The outbox viewer shows customers' e-mails: never in production unless a test or demo server opts in. */
export function isOutboxViewerEnabled(env: Env): boolean {
  return env.NODE_ENV !== "production" || env.DEV_OUTBOX === "1";
}
