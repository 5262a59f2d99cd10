// Each webhook event is handled once (house style: idempotency by design). The event id is stored in
// the same transaction as its effect, so a redelivery, even a concurrent one, is a no-op; an event that
// arrives before the state it needs (out of order) is not stored, and the provider delivers it again.
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { PaymentProvider } from "@/lib/generated/prisma/client";

/** applied: state changed; ignored: nothing to do (stale or irrelevant); retry: not applicable yet. */
export type WebhookOutcome = "applied" | "ignored" | "retry";

class RetryLater extends Error {}

export async function processWebhookEventOnce(
  db: Db,
  event: { provider: PaymentProvider; id: string; type: string },
  handle: (tx: Tx) => Promise<WebhookOutcome>,
): Promise<WebhookOutcome | "duplicate"> {
  try {
    return await db.$transaction(async (tx) => {
      const seen = await tx.processedWebhookEvent.findUnique({
        where: { provider_eventId: { provider: event.provider, eventId: event.id } },
      });
      if (seen) return "duplicate" as const;
      const outcome = await handle(tx);
      if (outcome === "retry") throw new RetryLater();
      await tx.processedWebhookEvent.create({
        data: { provider: event.provider, eventId: event.id, type: event.type },
      });
      return outcome;
    });
  } catch (error) {
    if (error instanceof RetryLater) return "retry";
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/** HTTP status for a webhook outcome: providers retry on anything but 2xx. */
export function webhookStatus(outcome: WebhookOutcome | "duplicate"): number {
  return outcome === "retry" ? 409 : 200;
}
