// PayPal Express Checkout on the server, with the Orders v2 REST API and plain fetch (no SDK).
// The browser only approves a PayPal order: creating it, capturing it and deciding that our order is
// paid all happen here, from amounts we compute and captures we check ourselves (P10, P28).
// Every write to PayPal carries a PayPal-Request-Id derived from our order, so a retry (double click,
// network error, timeout) is answered with the first result instead of a second order or charge.
import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import type { Order, OrderLine } from "@/lib/generated/prisma/client";
import {
  cancelOrder,
  markOrderPaid,
  PaymentMismatchError,
  recordRefund,
  type VerifiedPayment,
} from "@/lib/orders/lifecycle";
import type { PayPalConfig } from "./config";
import { PaymentProviderUnavailableError } from "./errors";
import { processWebhookEventOnce, type WebhookOutcome } from "./webhook-events";

export type PayPalDeps = {
  fetch?: typeof fetch;
  /** Per request; past it the provider counts as unavailable. */
  timeoutMs?: number;
};

export const PAYPAL_TIMEOUT_MS = 15_000;
/** Limits of the Orders v2 API for an item's name and SKU. */
const ITEM_TEXT_MAX = 127;

/** A 4xx answer from PayPal other than the ones handled below. Holds PayPal's error name and issue, never a payload. */
export class PayPalApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string | undefined,
    readonly issue: string | undefined,
    readonly debugId: string | undefined,
    what: string,
  ) {
    super(
      `PayPal ${what}: HTTP ${status} ${errorName ?? ""} ${issue ?? ""} (debug_id ${debugId ?? "none"})`.replace(
        /\s+/g,
        " ",
      ),
    );
    this.name = "PayPalApiError";
  }
}

/** A webhook body that is not a PayPal event of the expected shape (answered 400). */
export class InvalidPayPalWebhookError extends Error {
  constructor(what: string) {
    super(`Invalid PayPal webhook event: ${what}`);
    this.name = "InvalidPayPalWebhookError";
  }
}

// ───────────────────────────── Money ─────────────────────────────

/** Integer cents → PayPal's decimal string: 1234 → "12.34", 5 → "0.05". Two-decimal currencies only (EUR). */
export function centsToPayPalValue(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Invalid amount in cents: ${cents}`);
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/** PayPal's decimal string → integer cents, without floats; null for anything that is not a plain amount. */
export function payPalValueToCents(value: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

const amountSchema = z.object({ currency_code: z.string(), value: z.string() });
type PayPalAmount = z.infer<typeof amountSchema>;

function amountEquals(amount: PayPalAmount, cents: number, currency: string): boolean {
  return payPalValueToCents(amount.value) === cents && amount.currency_code.toUpperCase() === currency.toUpperCase();
}

// ───────────────────────────── HTTP ─────────────────────────────

type PayPalResponse = { status: number; body: unknown };

const errorBodySchema = z
  .object({
    name: z.string().optional(),
    debug_id: z.string().optional(),
    details: z.array(z.object({ issue: z.string().optional() })).optional(),
  })
  .loose();

function errorInfo(body: unknown): { name?: string; issue?: string; debugId?: string } {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return {};
  return { name: parsed.data.name, issue: parsed.data.details?.[0]?.issue, debugId: parsed.data.debug_id };
}

/**
 * One HTTP call to PayPal. Network failures, timeouts, 5xx and 429 become PaymentProviderUnavailableError;
 * any other status is returned for the caller to interpret.
 */
async function send(
  config: PayPalConfig,
  method: "GET" | "POST",
  path: string,
  init: { headers: Record<string, string>; body?: string },
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<PayPalResponse> {
  const what = `${method} ${path.replace(/\/[A-Z0-9-]{6,}(?=\/|$)/g, "/:id")}`;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(`${config.apiUrl}${path}`, {
      method,
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new PaymentProviderUnavailableError("paypal", `${what}: ${timedOut ? "timeout" : "network error"}`, {
      cause: error,
    });
  }
  if (response.status >= 500 || response.status === 429) {
    throw new PaymentProviderUnavailableError("paypal", `${what}: HTTP ${response.status}`);
  }
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      // A proxy's HTML error page, say: treated as an empty body and judged by its status.
    }
  }
  return { status: response.status, body };
}

type TokenEntry = { token: string; expiresAt: number };
const tokenCache = new Map<string, TokenEntry>();
/** A cached token is renewed this long before PayPal says it expires (or at half its life if shorter). */
const TOKEN_MARGIN_MS = 5 * 60_000;

/** Forgets cached access tokens (tests, or after a credentials change). */
export function clearPayPalTokenCache(): void {
  tokenCache.clear();
}

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

/** An OAuth access token (client credentials), cached per client id until shortly before it expires. */
export async function getPayPalAccessToken(
  config: PayPalConfig,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = PAYPAL_TIMEOUT_MS,
): Promise<string> {
  // Keyed by API URL too, so a sandbox token is never sent to the live API.
  const key = `${config.apiUrl}\n${config.clientId}`;
  const cached = tokenCache.get(key);
  if (cached && cached.expiresAt > Date.now()) return cached.token;

  const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString("base64");
  const { status, body } = await send(
    config,
    "POST",
    "/v1/oauth2/token",
    {
      headers: {
        Authorization: `Basic ${basic}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: "grant_type=client_credentials",
    },
    fetchImpl,
    timeoutMs,
  );
  const parsed = tokenSchema.safeParse(body);
  if (status !== 200 || !parsed.success) {
    const info = errorInfo(body);
    throw new PayPalApiError(
      status,
      info.name ?? (body as { error?: string } | null)?.error,
      info.issue,
      info.debugId,
      "oauth2/token",
    );
  }
  const lifetimeMs = parsed.data.expires_in * 1000;
  const margin = Math.min(TOKEN_MARGIN_MS, lifetimeMs / 2);
  tokenCache.set(key, { token: parsed.data.access_token, expiresAt: Date.now() + lifetimeMs - margin });
  return parsed.data.access_token;
}

/** An authenticated call; a 401 (token revoked early) drops the cached token and is retried once. */
async function callApi(
  config: PayPalConfig,
  method: "GET" | "POST",
  path: string,
  options: { body?: unknown; rawJson?: string; requestId?: string; representation?: boolean },
  deps: PayPalDeps,
): Promise<PayPalResponse> {
  const fetchImpl = deps.fetch ?? fetch;
  const timeoutMs = deps.timeoutMs ?? PAYPAL_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    const token = await getPayPalAccessToken(config, fetchImpl, timeoutMs);
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    const body = options.rawJson ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (options.requestId) headers["PayPal-Request-Id"] = options.requestId;
    if (options.representation) headers.Prefer = "return=representation";
    const response = await send(config, method, path, { headers, body }, fetchImpl, timeoutMs);
    if (response.status === 401 && attempt === 0) {
      tokenCache.delete(`${config.apiUrl}\n${config.clientId}`);
      continue;
    }
    return response;
  }
}

function apiError(response: PayPalResponse, what: string): PayPalApiError {
  const info = errorInfo(response.body);
  return new PayPalApiError(response.status, info.name, info.issue, info.debugId, what);
}

// ───────────────────────────── Create ─────────────────────────────

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

/**
 * Creates the PayPal order for a pending PayPal order of ours and stores its id as providerReference.
 * Calling it again (double click, page reload) returns the same PayPal order.
 */
export async function startPayPalCheckout(
  db: Db,
  config: PayPalConfig,
  orderId: string,
  deps: PayPalDeps = {},
): Promise<{ paypalOrderId: string }> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { lines: true } });
  if (!order || order.paymentProvider !== "paypal") throw new Error(`Order ${orderId} is not a PayPal order`);
  if (order.status !== "pending") throw new Error(`Order ${order.number} is ${order.status}, not pending`);
  if (order.providerReference) return { paypalOrderId: order.providerReference };

  const paypalOrderId = await createPayPalOrder(config, order, deps);
  const { count } = await db.order.updateMany({
    where: { id: order.id, status: "pending", providerReference: null },
    data: { providerReference: paypalOrderId },
  });
  if (count !== 1) {
    // A concurrent call stored it first: with the same PayPal-Request-Id it got the same PayPal order.
    const current = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    if (current.providerReference !== paypalOrderId)
      throw new Error(`Order ${order.number} changed during PayPal checkout`);
  }
  return { paypalOrderId };
}

// ───────────────────────────── Capture ─────────────────────────────

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

export type PayPalCheckoutOutcome =
  /** paid now, or already paid (a second click, or the webhook came first) */
  | { status: "paid" | "alreadyPaid" }
  /** the capture is PENDING at PayPal: the order stays pending until PAYMENT.CAPTURE.COMPLETED */
  | { status: "pending" }
  /** the funding source was declined: the shopper may try again */
  | { status: "declined" }
  /** PayPal took a different amount than ours: not paid, a refund is due (recorded on the order) */
  | { status: "mismatch" }
  /** paid after the reservation ran out and the stock is gone: the order stays cancelled, refund due */
  | { status: "cancelledNoStock" }
  /** not our pending PayPal order, or not the PayPal order we created for it */
  | { status: "invalidOrder" };

/**
 * The shopper approved the payment in PayPal's window: capture it and, only on a verified capture, mark
 * the order paid. PaymentProviderUnavailableError leaves the order pending (a retry is safe).
 */
export async function completePayPalCheckout(
  db: Db,
  config: PayPalConfig,
  params: { orderId: string; paypalOrderId: string; now: Date },
  deps: PayPalDeps = {},
): Promise<PayPalCheckoutOutcome> {
  const order = await db.order.findUnique({ where: { id: params.orderId } });
  if (
    !order ||
    order.paymentProvider !== "paypal" ||
    !order.providerReference ||
    order.providerReference !== params.paypalOrderId
  ) {
    return { status: "invalidOrder" };
  }
  if (order.status === "paid" || order.status === "fulfilled" || order.status === "refunded")
    return { status: "alreadyPaid" };
  if (order.status !== "pending" && order.status !== "cancelled") return { status: "invalidOrder" };

  const result = await capturePayPalOrder(config, params.paypalOrderId, order, deps);
  switch (result.status) {
    case "completed":
      try {
        const paid = await db.$transaction((tx) => markOrderPaid(tx, order.id, result.payment, params.now));
        return { status: paid };
      } catch (error) {
        if (error instanceof PaymentMismatchError) return { status: "mismatch" };
        throw error;
      }
    case "mismatch":
      await db.orderEvent.create({
        data: {
          orderId: order.id,
          fromStatus: order.status,
          toStatus: order.status,
          reason: "PayPal capture refused: amount or order mismatch, check PayPal and refund what was taken",
        },
      });
      console.warn(`PayPal capture for order ${order.number} refused: amount or order mismatch`);
      return { status: "mismatch" };
    case "pending":
    case "declined":
      return { status: result.status };
  }
}

// ───────────────────────────── Refund ─────────────────────────────

const refundResponseSchema = z.object({ id: z.string().min(1), status: z.string() });

/**
 * Asks PayPal to refund (part of) a capture. The order itself changes when PAYMENT.CAPTURE.REFUNDED
 * arrives (handlePayPalWebhookEvent → recordRefund): one path for refunds made here and in PayPal's
 * dashboard. The PayPal-Request-Id makes a repeated click harmless; note that it also makes two
 * separate refunds of the same amount on the same order, within PayPal's idempotency window, one.
 */
export async function refundPayPalCapture(
  config: PayPalConfig,
  params: { captureId: string; amountCents: number; currency: string; orderId: string },
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
      requestId: `refund-${params.orderId}-${params.amountCents}`,
    },
    deps,
  );
  const refund = refundResponseSchema.safeParse(response.body);
  if ((response.status !== 200 && response.status !== 201) || !refund.success)
    throw apiError(response, "refund capture");
  return { refundId: refund.data.id, status: refund.data.status };
}

// ───────────────────────────── Webhooks ─────────────────────────────

const SIGNATURE_HEADERS = {
  auth_algo: "paypal-auth-algo",
  cert_url: "paypal-cert-url",
  transmission_id: "paypal-transmission-id",
  transmission_sig: "paypal-transmission-sig",
  transmission_time: "paypal-transmission-time",
} as const;

/**
 * Asks PayPal whether a webhook delivery is genuine. False for missing headers or a body that is not a
 * JSON object (PayPal is not called), and for anything but verification_status SUCCESS.
 */
export async function verifyPayPalWebhook(
  config: PayPalConfig,
  headers: Headers,
  rawBody: string,
  deps: PayPalDeps = {},
): Promise<boolean> {
  const fields: Record<string, string> = {};
  for (const [field, header] of Object.entries(SIGNATURE_HEADERS)) {
    const value = headers.get(header);
    if (!value || value.length > 2000) return false;
    fields[field] = value;
  }
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
    console.warn(`PayPal capture ${capture.id} names order ${order.number} but another PayPal order`);
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
          console.warn(`PayPal capture ${capture.id} for order ${order.number}: amount mismatch`);
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
        if (order.status === "pending") return "retry";
        const amountCents = payPalValueToCents(refund.amount.value);
        if (amountCents === null || amountCents <= 0 || refund.amount.currency_code.toUpperCase() !== order.currency) {
          console.warn(`PayPal refund ${refund.id} for order ${order.number}: unreadable amount`);
          return "ignored";
        }
        const recorded = await recordRefund(tx, order.id, {
          provider: "paypal",
          providerRefundId: refund.id,
          amountCents,
        });
        return recorded === "recorded" ? "applied" : "ignored";
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
