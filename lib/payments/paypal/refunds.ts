// Refunds go to PayPal from here; our order records them only when PayPal's webhook confirms them.
import "server-only";
import { z } from "zod";
import type { PayPalConfig } from "@/lib/payments/config";
import { apiError, callApi, type PayPalDeps } from "./client";
import { centsToPayPalValue } from "./money";

const refundResponseSchema = z.object({ id: z.string().min(1), status: z.string() });

/**
 * Asks PayPal to refund (part of) a capture. The order itself changes when PAYMENT.CAPTURE.REFUNDED
 * arrives (handlePayPalWebhookEvent → reconcileReportedRefund): one path for refunds made here and in PayPal's
 * dashboard. The PayPal-Request-Id makes a repeated click harmless; note that it also makes two
 * separate refunds of the same amount on the same order, within PayPal's idempotency window, one.
 */
export async function refundPayPalCapture(
  config: PayPalConfig,
  params: {
    captureId: string;
    amountCents: number;
    currency: string;
    orderId: string;
    /** the refund's own idempotency key (lib/payments/refunds.ts); by default one per order and amount */
    requestId?: string;
  },
  deps: PayPalDeps = {},
): Promise<{ refundId: string; status: string }> {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(params.captureId)) throw new Error("Invalid PayPal capture id");
  if (!Number.isSafeInteger(params.amountCents) || params.amountCents <= 0)
    throw new RangeError("Refund amount must be positive");
  const response = await callApi(
    config,
    "POST",
    `/v2/payments/captures/${params.captureId}/refund`,
    {
      body: {
        amount: { currency_code: params.currency.toUpperCase(), value: centsToPayPalValue(params.amountCents) },
        custom_id: params.orderId,
      },
      requestId: params.requestId ?? `refund-${params.orderId}-${params.amountCents}`,
    },
    deps,
  );
  const refund = refundResponseSchema.safeParse(response.body);
  if ((response.status !== 200 && response.status !== 201) || !refund.success)
    throw apiError(response, "refund capture");
  return { refundId: refund.data.id, status: refund.data.status };
}
