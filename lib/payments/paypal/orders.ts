// PayPal's Orders v2 API: the PayPal order we create for one of ours (amounts from our order only), its
// capture, and the check that decides whether a capture pays our order (P10). Nothing here reads or
// writes our database: checkout.ts does, with these results.
import "server-only";
import { z } from "zod";
import type { Order, OrderLine } from "@/lib/generated/prisma/client";
import type { VerifiedPayment } from "@/lib/orders/lifecycle";
import type { PayPalConfig } from "@/lib/payments/config";
import { apiError, callApi, errorInfo, type PayPalDeps } from "./client";
import { amountEquals, amountSchema, centsToPayPalValue } from "./money";

/** Limits of the Orders v2 API for an item's name and SKU. */
const ITEM_TEXT_MAX = 127;

export type PayPalOrderInput = Pick<
  Order,
  "id" | "number" | "totalCents" | "shippingCents" | "subtotalCents" | "currency"
> & {
  lines: Pick<OrderLine, "name" | "variantLabel" | "sku" | "unitPriceCents" | "quantity">[];
};

function truncate(text: string, max: number): string {
  const chars = Array.from(text); // never cut a surrogate pair in two
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

/** The body of POST /v2/checkout/orders: amounts from our order only; prices include VAT, so no tax_total. */
export function payPalOrderBody(order: PayPalOrderInput) {
  if (order.subtotalCents + order.shippingCents !== order.totalCents) {
    throw new Error(`Order ${order.number}: subtotal + shipping does not equal the total`);
  }
  const currency_code = order.currency.toUpperCase();
  const money = (cents: number) => ({ currency_code, value: centsToPayPalValue(cents) });
  const items = order.lines.map((line) => ({
    name: truncate(line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name, ITEM_TEXT_MAX),
    sku: truncate(line.sku, ITEM_TEXT_MAX),
    quantity: String(line.quantity),
    unit_amount: money(line.unitPriceCents),
    category: "PHYSICAL_GOODS",
  }));
  const itemsSum = order.lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  return {
    intent: "CAPTURE",
    purchase_units: [
      {
        reference_id: order.id,
        custom_id: order.id,
        invoice_id: order.number,
        amount: {
          ...money(order.totalCents),
          breakdown: { item_total: money(order.subtotalCents), shipping: money(order.shippingCents) },
        },
        // PayPal refuses items whose sum differs from item_total; our lines always add up, but a
        // payment without the item list is better than no payment.
        ...(itemsSum === order.subtotalCents ? { items } : {}),
      },
    ],
  };
}

const createdOrderSchema = z.object({ id: z.string().min(1), status: z.string().optional() });

/** Creates the PayPal order for one of ours and returns its id. Idempotent per order (PayPal-Request-Id). */
export async function createPayPalOrder(
  config: PayPalConfig,
  order: PayPalOrderInput,
  deps: PayPalDeps = {},
): Promise<string> {
  const response = await callApi(
    config,
    "POST",
    "/v2/checkout/orders",
    { body: payPalOrderBody(order), requestId: `create-${order.id}` },
    deps,
  );
  const created = createdOrderSchema.safeParse(response.body);
  if ((response.status !== 200 && response.status !== 201) || !created.success)
    throw apiError(response, "create order");
  return created.data.id;
}

const captureSchema = z
  .object({
    id: z.string().min(1),
    status: z.string(),
    amount: amountSchema.optional(),
    custom_id: z.string().optional(),
  })
  .loose();

const paypalOrderSchema = z
  .object({
    id: z.string(),
    status: z.string().optional(),
    purchase_units: z
      .array(
        z
          .object({
            reference_id: z.string().optional(),
            payments: z
              .object({ captures: z.array(captureSchema).optional() })
              .loose()
              .optional(),
          })
          .loose(),
      )
      .optional(),
  })
  .loose();

export type PayPalCaptureResult =
  | { status: "completed"; payment: VerifiedPayment }
  | { status: "pending" }
  | { status: "declined" }
  | { status: "mismatch" };

type CaptureTarget = Pick<Order, "id" | "number" | "totalCents" | "currency">;

/**
 * Decides from a PayPal order (as returned by capture or GET) whether our order is paid. Only a capture
 * whose own status is COMPLETED and whose amount is exactly our total counts: the order's top-level
 * status can be COMPLETED while its capture is DECLINED or PENDING.
 */
export function evaluatePayPalCaptures(
  body: unknown,
  paypalOrderId: string,
  order: CaptureTarget,
): PayPalCaptureResult {
  const parsed = paypalOrderSchema.safeParse(body);
  if (!parsed.success || parsed.data.id !== paypalOrderId) return { status: "mismatch" };
  const units = parsed.data.purchase_units ?? [];
  // We create one purchase unit whose reference_id is our order id: anything else is not our payment.
  if (units.some((unit) => unit.reference_id !== undefined && unit.reference_id !== order.id))
    return { status: "mismatch" };
  const captures = units.flatMap((unit) => unit.payments?.captures ?? []);
  const matches = (capture: z.infer<typeof captureSchema>) =>
    capture.amount !== undefined && amountEquals(capture.amount, order.totalCents, order.currency);

  const completed = captures.find((capture) => capture.status === "COMPLETED" && matches(capture));
  if (completed) {
    return {
      status: "completed",
      payment: { provider: "paypal", paymentId: completed.id, amountCents: order.totalCents, currency: order.currency },
    };
  }
  if (
    captures.some((capture) => (capture.status === "COMPLETED" || capture.status === "PENDING") && !matches(capture))
  ) {
    return { status: "mismatch" };
  }
  if (captures.some((capture) => capture.status === "PENDING")) return { status: "pending" };
  // DECLINED, FAILED, REFUNDED…, or no capture at all: not paid.
  return { status: "declined" };
}

/**
 * Captures an approved PayPal order and checks the capture. A replay (same PayPal-Request-Id) gets the
 * first answer back; an order captured by another path (422 ORDER_ALREADY_CAPTURED) is read and checked
 * the same way; a declined funding source (422 INSTRUMENT_DECLINED) is "declined".
 */
export async function capturePayPalOrder(
  config: PayPalConfig,
  paypalOrderId: string,
  order: CaptureTarget,
  deps: PayPalDeps = {},
): Promise<PayPalCaptureResult> {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(paypalOrderId)) return { status: "mismatch" };
  const path = `/v2/checkout/orders/${paypalOrderId}`;
  const response = await callApi(
    config,
    "POST",
    `${path}/capture`,
    { body: {}, requestId: `capture-${order.id}`, representation: true },
    deps,
  );
  if (response.status === 200 || response.status === 201)
    return evaluatePayPalCaptures(response.body, paypalOrderId, order);

  const { issue } = errorInfo(response.body);
  if (response.status === 422 && issue === "ORDER_ALREADY_CAPTURED") {
    const current = await callApi(config, "GET", path, {}, deps);
    if (current.status !== 200) throw apiError(current, "get order");
    return evaluatePayPalCaptures(current.body, paypalOrderId, order);
  }
  if (response.status === 422 && issue === "INSTRUMENT_DECLINED") return { status: "declined" };
  throw apiError(response, "capture order");
}

/** The PayPal order as PayPal has it now (GET), for lib/payments/reconcile.ts: its status and the raw body. */
export async function getPayPalOrder(
  config: PayPalConfig,
  paypalOrderId: string,
  deps: PayPalDeps = {},
): Promise<{ status: string | undefined; body: unknown }> {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(paypalOrderId)) throw new Error("Invalid PayPal order id");
  const response = await callApi(config, "GET", `/v2/checkout/orders/${paypalOrderId}`, {}, deps);
  const parsed = paypalOrderSchema.safeParse(response.body);
  if (response.status !== 200 || !parsed.success) throw apiError(response, "get order");
  return { status: parsed.data.status, body: response.body };
}
