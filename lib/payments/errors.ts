// Errors shared by the payment gateways (PayPal, Stripe).

/**
 * The payment provider could not be reached, timed out, or answered with a server error (5xx or 429).
 * Nothing was decided: the pending order and the cart are left as they were, and the shopper can retry
 * (the requests are idempotent, so a retry cannot charge twice). The message never holds a payload.
 */
export class PaymentProviderUnavailableError extends Error {
  constructor(
    readonly provider: "stripe" | "paypal",
    /** What failed, for the logs: e.g. "POST /v2/checkout/orders: HTTP 503" or "…: timeout". */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Payment provider ${provider} unavailable (${detail})`, options);
    this.name = "PaymentProviderUnavailableError";
  }
}
