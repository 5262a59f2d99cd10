// A route handler's answer when the database cannot be reached (down, restarting, out of connections):
// 503 with Retry-After, never a 500. Browsers' code keeps what it shows; Stripe and PayPal deliver the webhook
// again later; a load balancer sees a refusal it can count, not a crash.
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { errorKind, logger } from "@/lib/logs/logger";

export const RETRY_AFTER_SECONDS = 5;

export function serviceUnavailable(): Response {
  return Response.json(
    { error: "unavailable" },
    { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" } },
  );
}

/** The handler, answering 503 instead of failing when the database is unavailable; other errors go through. */
export function orUnavailable<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn({ error: errorKind(error) }, "database unavailable: request refused");
      return serviceUnavailable();
    }
  };
}
