// PayPal webhooks: a delivery is genuine only if PayPal itself says so (verify-webhook-signature), and
// each verified event is applied once per event id, in one transaction with its effect (decision 0004).
import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import type { Order } from "@/lib/generated/prisma/client";
import { cancelOrder, markOrderPaid, type VerifiedPayment } from "@/lib/orders/lifecycle";
import type { PayPalConfig } from "@/lib/payments/config";
import { reconcileReportedRefund } from "@/lib/payments/refunds";
import { processWebhookEventOnce, type WebhookOutcome } from "@/lib/payments/webhook-events";
import { callApi, type PayPalDeps } from "./client";
import { amountEquals, amountSchema, payPalValueToCents } from "./money";
import { logger } from "@/lib/logs/logger";

/** A webhook body that is not a PayPal event of the expected shape (answered 400). */
export class InvalidPayPalWebhookError extends Error {
  constructor(what: string) {
    super(`Invalid PayPal webhook event: ${what}`);
    this.name = "InvalidPayPalWebhookError";
  }
}

const SIGNATURE_HEADERS = {
  auth_algo: "paypal-auth-algo",
  cert_url: "paypal-cert-url",
  transmission_id: "paypal-transmission-id",
  transmission_sig: "paypal-transmission-sig",
  transmission_time: "paypal-transmission-time",
} as const;

/**
 * PayPal documents no tolerance for PAYPAL-TRANSMISSION-TIME, the time of each HTTP transmission (a retry
 * is a new transmission, signed anew). Stripe allows 5 minutes; 15 leaves room for clock drift and queues.
 */
export const PAYPAL_TRANSMISSION_WINDOW_MINUTES = 15;

/** The hosts PayPal serves its signing certificates from (PAYPAL-CERT-URL), live and sandbox. */
const PAYPAL_CERT_HOSTS = ["api.paypal.com", "api.sandbox.paypal.com", "api-m.paypal.com", "api-m.sandbox.paypal.com"];

/**
 * Checks that cost nothing, made before asking PayPal (P12: a flood of forged deliveries does not become a
 * flood of calls to PayPal): every signature header present and short, the certificate on PayPal's own
 * hosts over https (or on the configured API host: a local fake in tests, since production accepts only
 * PayPal's hosts there, lib/env.ts), and a transmission time within the window.
 */
function signatureFields(config: PayPalConfig, headers: Headers, now: Date): Record<string, string> | null {
  const fields: Record<string, string> = {};
  for (const [field, header] of Object.entries(SIGNATURE_HEADERS)) {
    const value = headers.get(header);
    if (!value || value.length > 2000) return null;
    fields[field] = value;
  }
  const cert = URL.parse(fields.cert_url ?? "");
  const api = new URL(config.apiUrl);
  const certHost =
    (cert?.protocol === "https:" && PAYPAL_CERT_HOSTS.includes(cert.hostname)) ||
    (cert?.protocol === api.protocol && cert.host === api.host);
  if (!cert || !certHost || !cert.pathname.startsWith("/v1/notifications/certs/")) return null;
  const sent = Date.parse(fields.transmission_time ?? "");
  if (!Number.isFinite(sent) || Math.abs(now.getTime() - sent) > PAYPAL_TRANSMISSION_WINDOW_MINUTES * 60_000)
    return null;
  return fields;
}

/**
 * Whether a webhook delivery is genuine, as PayPal says. False without asking PayPal when the cheap checks
 * fail or the body is not a JSON object, and for anything but verification_status SUCCESS.
 */
export async function verifyPayPalWebhook(
  config: PayPalConfig,
  headers: Headers,
  rawBody: string,
  now: Date,
  deps: PayPalDeps = {},
): Promise<boolean> {
  const fields = signatureFields(config, headers, now);
  if (!fields) return false;
  let event: unknown;
  try {
    event = JSON.parse(rawBody);
  } catch {
    return false;
  }
  if (typeof event !== "object" || event === null || Array.isArray(event)) return false;

  // The event goes back to PayPal byte for byte: re-serializing the parsed body can change it (number
  // formats, escapes) and make a genuine event fail verification.
  const prefix = JSON.stringify({ ...fields, webhook_id: config.webhookId });
  const rawJson = `${prefix.slice(0, -1)},"webhook_event":${rawBody}}`;
  const response = await callApi(config, "POST", "/v1/notifications/verify-webhook-signature", { rawJson }, deps);
  if (response.status !== 200) return false;
  return (response.body as { verification_status?: unknown } | null)?.verification_status === "SUCCESS";
}

const eventSchema = z.object({
  id: z.string().min(1).max(200),
  event_type: z.string().min(1).max(200),
  resource: z.record(z.string(), z.unknown()),
});

const captureResourceSchema = z.object({
  id: z.string().min(1),
  status: z.string().optional(),
  amount: amountSchema,
  custom_id: z.string().optional(),
  supplementary_data: z
    .object({ related_ids: z.object({ order_id: z.string().optional() }).loose().optional() })
    .loose()
    .optional(),
});

const refundResourceSchema = z.object({
  id: z.string().min(1),
  status: z.string().optional(),
  amount: amountSchema,
  custom_id: z.string().optional(),
  links: z.array(z.object({ href: z.string(), rel: z.string() }).loose()).optional(),
});

type CaptureResource = z.infer<typeof captureResourceSchema>;

/** Our PayPal order for a capture: custom_id is our order id; the related PayPal order id is providerReference. */
async function findOrderForCapture(tx: Tx, capture: CaptureResource): Promise<Order | null> {
  const paypalOrderId = capture.supplementary_data?.related_ids?.order_id;
  const byCustomId = capture.custom_id ? await tx.order.findUnique({ where: { id: capture.custom_id } }) : null;
  const order =
    byCustomId ?? (paypalOrderId ? await tx.order.findUnique({ where: { providerReference: paypalOrderId } }) : null);
  if (!order || order.paymentProvider !== "paypal") return null;
  if (paypalOrderId && order.providerReference && order.providerReference !== paypalOrderId) {
    logger.warn({ capture: capture.id, order: order.number }, "PayPal capture names another PayPal order");
    return null;
  }
  return order;
}

/** The capture a refund belongs to, from its HATEOAS link rel "up" (…/v2/payments/captures/{id}). */
function capturedIdOfRefund(links: { href: string; rel: string }[] | undefined): string | null {
  const up = links?.find((link) => link.rel === "up");
  const match = up ? /\/v2\/payments\/captures\/([A-Za-z0-9-]+)\/?$/.exec(up.href) : null;
  return match?.[1] ?? null;
}

function parseResource<T>(schema: z.ZodType<T>, event: z.infer<typeof eventSchema>): T {
  const parsed = schema.safeParse(event.resource);
  if (!parsed.success) throw new InvalidPayPalWebhookError(`${event.event_type} resource`);
  return parsed.data;
}

/**
 * Applies a verified PayPal webhook event, once per event id (processWebhookEventOnce). Handled:
 * PAYMENT.CAPTURE.COMPLETED (a capture that was PENDING at checkout), PAYMENT.CAPTURE.REFUNDED,
 * PAYMENT.CAPTURE.DENIED / DECLINED. Every other type is acknowledged and ignored.
 */
export async function handlePayPalWebhookEvent(
  db: Db,
  body: unknown,
  now: Date,
): Promise<WebhookOutcome | "duplicate"> {
  const envelope = eventSchema.safeParse(body);
  if (!envelope.success) throw new InvalidPayPalWebhookError("envelope");
  const event = envelope.data;
  const key = { provider: "paypal" as const, id: event.id, type: event.event_type };

  switch (event.event_type) {
    case "PAYMENT.CAPTURE.COMPLETED": {
      const capture = parseResource(captureResourceSchema, event);
      return processWebhookEventOnce(db, key, async (tx) => {
        if (capture.status !== undefined && capture.status !== "COMPLETED") return "ignored";
        const order = await findOrderForCapture(tx, capture);
        if (!order) return "ignored";
        if (!amountEquals(capture.amount, order.totalCents, order.currency)) {
          await tx.orderEvent.create({
            data: {
              orderId: order.id,
              fromStatus: order.status,
              toStatus: order.status,
              reason: `PayPal capture ${capture.id} refused: amount mismatch, refund due`,
            },
          });
          logger.warn({ capture: capture.id, order: order.number }, "PayPal capture amount mismatch");
          return "ignored";
        }
        const payment: VerifiedPayment = {
          provider: "paypal",
          paymentId: capture.id,
          amountCents: order.totalCents,
          currency: order.currency,
        };
        const result = await markOrderPaid(tx, order.id, payment, now);
        return result === "alreadyPaid" ? "ignored" : "applied";
      });
    }

    case "PAYMENT.CAPTURE.REFUNDED": {
      const refund = parseResource(refundResourceSchema, event);
      return processWebhookEventOnce(db, key, async (tx) => {
        if (refund.status !== undefined && refund.status !== "COMPLETED") return "ignored";
        const captureId = capturedIdOfRefund(refund.links);
        const order =
          (captureId
            ? await tx.order.findFirst({ where: { paymentProvider: "paypal", providerPaymentId: captureId } })
            : null) ?? (refund.custom_id ? await tx.order.findUnique({ where: { id: refund.custom_id } }) : null);
        if (!order || order.paymentProvider !== "paypal") return "ignored";
        // The refund of a capture whose COMPLETED event has not been applied yet: PayPal delivers it again.
        if (!order.paidAt) return "retry";
        const amountCents = payPalValueToCents(refund.amount.value);
        if (amountCents === null || amountCents <= 0 || refund.amount.currency_code.toUpperCase() !== order.currency) {
          logger.warn({ refund: refund.id, order: order.number }, "PayPal refund with an unreadable amount");
          return "ignored";
        }
        const outcome = await reconcileReportedRefund(tx, {
          provider: "paypal",
          orderId: order.id,
          providerRefundId: refund.id,
          amountCents,
          status: "succeeded",
        });
        return outcome === "duplicate" ? "ignored" : "applied";
      });
    }

    case "PAYMENT.CAPTURE.DENIED":
    case "PAYMENT.CAPTURE.DECLINED": {
      const capture = parseResource(captureResourceSchema, event);
      return processWebhookEventOnce(db, key, async (tx) => {
        const order = await findOrderForCapture(tx, capture);
        if (!order || order.status !== "pending") return "ignored";
        await cancelOrder(
          tx,
          order,
          `PayPal capture ${capture.id} ${event.event_type === "PAYMENT.CAPTURE.DENIED" ? "denied" : "declined"}`,
        );
        return "applied";
      });
    }

    default:
      return processWebhookEventOnce(db, key, async () => "ignored");
  }
}
