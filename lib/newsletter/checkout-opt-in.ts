// The checkout's "receive the newsletter" box (P6): never pre-ticked; ticked, it starts the same double
// opt-in as the footer form, for the address the order was placed with, once the order is placed. The
// order never depends on it: a refusal (too many requests) or a failure here is swallowed, and the shopper
// can still subscribe from the footer or Mon compte.
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import type { NewsletterEnv } from "./links";
import { limitSubscriptionRequest, requestSubscription, subscriptionsOf } from "./subscriptions";
import { errorKind, logger } from "@/lib/logs/logger";

export type CheckoutOptIn = { email: string; locale: Locale; userId?: string | null; ipKey: string };

/** True when the confirmation e-mail was queued; false when it was not (and the order goes on). */
export async function subscribeFromCheckout(
  db: Db,
  input: CheckoutOptIn,
  now: Date,
  env: NewsletterEnv,
): Promise<boolean> {
  try {
    await limitSubscriptionRequest(db, { email: input.email, ipKey: input.ipKey }, env.COOKIE_SECRET, now);
    await requestSubscription(
      db,
      { email: input.email, list: "newsletter", locale: input.locale, userId: input.userId },
      now,
      env,
    );
    return true;
  } catch (error) {
    // A refusal is expected; anything else is worth a line in the logs, without the address (P18).
    if (!(error instanceof DomainError)) {
      logger.warn({ error: errorKind(error) }, "newsletter opt-in at checkout failed");
    }
    return false;
  }
}

/** Whether a signed-in customer's box should be replaced by "already subscribed" (no second opt-in offered). */
export async function isConfirmedSubscriber(db: Db, userId: string): Promise<boolean> {
  const subscriptions = await subscriptionsOf(db, userId);
  return subscriptions.some(({ list, status }) => list === "newsletter" && status === "confirmed");
}
