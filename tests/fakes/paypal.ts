// A local fake of the parts of PayPal's REST API the shop calls, on 127.0.0.1 (random port). It behaves
// like PayPal where our code depends on it: OAuth client credentials, PayPal-Request-Id idempotency (a
// replay gets the first answer), amount validation on create, capture outcomes chosen by the test,
// 422 ORDER_ALREADY_CAPTURED, webhook signature verification and refunds. Every request is recorded.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = {
  method: string;
  path: string;
  /** lower-case names */
  headers: Record<string, string>;
  requestId: string | null;
  rawBody: string;
  body: unknown;
};

/**
 * What the next capture does:
 * completed: order COMPLETED, capture COMPLETED for the order's amount;
 * amountMismatch: capture COMPLETED for a different amount; declined: order COMPLETED, capture DECLINED;
 * pending: capture PENDING (e-check, review…); alreadyCaptured: the order was captured elsewhere (e.g.
 * by the browser) before our call, which gets 422 ORDER_ALREADY_CAPTURED.
 */
export type CaptureOutcome = "completed" | "amountMismatch" | "declined" | "pending" | "alreadyCaptured";

type Amount = { currency_code: string; value: string };

export type FakeCapture = {
  id: string;
  status: string;
  amount: Amount;
  custom_id?: string;
  invoice_id?: string;
  final_capture: boolean;
  paypalOrderId: string;
};

export type FakeOrder = {
  id: string;
  status: "CREATED" | "APPROVED" | "COMPLETED";
  /** the create request's body, as sent */
  request: {
    intent: string;
    purchase_units: { reference_id?: string; custom_id?: string; invoice_id?: string; amount: Amount }[];
  };
  captures: FakeCapture[];
};

export type FakeRefund = { id: string; status: string; amount: Amount; custom_id?: string; captureId: string };

export type FakePayPal = {
  url: string;
  clientId: string;
  clientSecret: string;
  webhookId: string;
  requests: RecordedRequest[];
  orders: Map<string, FakeOrder>;
  refunds: Map<string, FakeRefund>;
  /** outcome of the following captures (default "completed") */
  setCaptureOutcome(outcome: CaptureOutcome): void;
  /** "unavailable": every request gets 503; "hang": no request is answered; null: back to normal */
  setDown(mode: "unavailable" | "hang" | null): void;
  /** access tokens issued so far stop working (PayPal answers 401) */
  revokeTokens(): void;
  /** PayPal turns a PENDING capture into COMPLETED (or DENIED); returns the capture */
  settleCapture(paypalOrderId: string, status?: "COMPLETED" | "DENIED"): FakeCapture;
  captureOf(paypalOrderId: string): FakeCapture | undefined;
  /** The webhook resource PayPal sends for a capture (custom_id, related order id, links). */
  captureResource(capture: FakeCapture): Record<string, unknown>;
  /** The webhook resource for a refund (links rel "up" to its capture). */
  refundResource(refund: FakeRefund): Record<string, unknown>;
  /**
   * A webhook delivery as PayPal sends it: JSON body and paypal-* headers. With `valid`, the fake's
   * verify-webhook-signature endpoint answers SUCCESS for it (and FAILURE otherwise).
   */
  webhook(
    eventType: string,
    resource: Record<string, unknown>,
    options?: { valid?: boolean; id?: string },
  ): { id: string; body: string; headers: Headers };
  requestsTo(method: string, path: RegExp): RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
};

const id = (length = 17) => randomBytes(length).toString("hex").toUpperCase().slice(0, length);
const cents = (value: string) => {
  if (!/^\d+\.\d{2}$/.test(value)) return null;
  return Number(value.replace(".", ""));
};
const value = (amountCents: number) => `${Math.trunc(amountCents / 100)}.${String(amountCents % 100).padStart(2, "0")}`;

type Reply = { status: number; body: unknown };

export async function startFakePayPal(
  options: { clientId?: string; clientSecret?: string; webhookId?: string } = {},
): Promise<FakePayPal> {
  const clientSecret = options.clientSecret ?? "fake-paypal-secret";
  const clientId = options.clientId ?? "fake-paypal-client";
  const webhookId = options.webhookId ?? "WH0FAKE0PLUSUITE";
  const requests: RecordedRequest[] = [];
  const orders = new Map<string, FakeOrder>();
  const refunds = new Map<string, FakeRefund>();
  const replies = new Map<string, Reply>(); // PayPal-Request-Id replays, by path + id
  const tokens = new Set<string>();
  const validSignatures = new Set<string>();
  const hanging = new Set<http.ServerResponse>();
  let captureOutcome: CaptureOutcome = "completed";
  let down: "unavailable" | "hang" | null = null;
  let url = "";

  const error = (status: number, name: string, issue?: string): Reply => ({
    status,
    body: {
      name,
      message: name,
      debug_id: id(13).toLowerCase(),
      details: issue ? [{ issue, description: issue }] : [],
    },
  });

  const orderView = (order: FakeOrder) => ({
    id: order.id,
    status: order.status,
    intent: order.request.intent,
    purchase_units: order.request.purchase_units.map((unit, index) => ({
      reference_id: unit.reference_id,
      custom_id: unit.custom_id,
      invoice_id: unit.invoice_id,
      amount: unit.amount,
      ...(index === 0 && order.captures.length > 0
        ? { payments: { captures: order.captures.map((capture) => captureView(capture)) } }
        : {}),
    })),
    links: [{ href: `${url}/v2/checkout/orders/${order.id}`, rel: "self", method: "GET" }],
  });

  const captureView = (capture: FakeCapture) => ({
    id: capture.id,
    status: capture.status,
    amount: capture.amount,
    final_capture: capture.final_capture,
    custom_id: capture.custom_id,
    invoice_id: capture.invoice_id,
    ...(capture.status === "PENDING" ? { status_details: { reason: "PENDING_REVIEW" } } : {}),
    links: [
      { href: `${url}/v2/payments/captures/${capture.id}`, rel: "self", method: "GET" },
      { href: `${url}/v2/payments/captures/${capture.id}/refund`, rel: "refund", method: "POST" },
      { href: `${url}/v2/checkout/orders/${capture.paypalOrderId}`, rel: "up", method: "GET" },
    ],
  });

  const newCapture = (order: FakeOrder, status: string, amount: Amount): FakeCapture => {
    const unit = order.request.purchase_units[0]!;
    const capture = {
      id: id(),
      status,
      amount,
      custom_id: unit.custom_id,
      invoice_id: unit.invoice_id,
      final_capture: true,
      paypalOrderId: order.id,
    };
    order.captures.push(capture);
    order.status = "COMPLETED";
    return capture;
  };

  function createOrder(body: unknown): Reply {
    const request = body as FakeOrder["request"] & { purchase_units?: Record<string, unknown>[] };
    if (
      request?.intent !== "CAPTURE" ||
      !Array.isArray(request.purchase_units) ||
      request.purchase_units.length !== 1
    ) {
      return error(400, "INVALID_REQUEST", "MISSING_REQUIRED_PARAMETER");
    }
    const unit = request.purchase_units[0] as {
      amount?: Amount & { breakdown?: { item_total?: Amount; shipping?: Amount } };
      items?: { name: string; quantity: string; unit_amount: Amount }[];
    };
    const total = unit.amount ? cents(unit.amount.value) : null;
    const itemTotal = unit.amount?.breakdown?.item_total ? cents(unit.amount.breakdown.item_total.value) : null;
    const shipping = unit.amount?.breakdown?.shipping ? cents(unit.amount.breakdown.shipping.value) : 0;
    if (total === null || itemTotal === null || shipping === null)
      return error(400, "INVALID_REQUEST", "DECIMAL_PRECISION");
    if (itemTotal + shipping !== total) return error(422, "UNPROCESSABLE_ENTITY", "AMOUNT_MISMATCH");
    if (unit.items) {
      let sum = 0;
      for (const item of unit.items) {
        const unitCents = cents(item.unit_amount.value);
        if (unitCents === null || !/^[1-9]\d{0,9}$/.test(item.quantity))
          return error(400, "INVALID_REQUEST", "INVALID_PARAMETER_VALUE");
        if (item.name.length > 127) return error(400, "INVALID_REQUEST", "INVALID_STRING_MAX_LENGTH");
        sum += unitCents * Number(item.quantity);
      }
      if (sum !== itemTotal) return error(422, "UNPROCESSABLE_ENTITY", "ITEM_TOTAL_MISMATCH");
    }
    // The buyer's approval happens in PayPal's window, which the fake skips: the order is approved at once.
    const order: FakeOrder = { id: id(), status: "APPROVED", request, captures: [] };
    orders.set(order.id, order);
    return {
      status: 201,
      body: {
        id: order.id,
        status: "CREATED",
        links: [{ href: `${url}/checkoutnow?token=${order.id}`, rel: "approve", method: "GET" }],
      },
    };
  }

  function captureOrder(order: FakeOrder): Reply {
    const amount = order.request.purchase_units[0]!.amount;
    if (order.status === "COMPLETED") return error(422, "UNPROCESSABLE_ENTITY", "ORDER_ALREADY_CAPTURED");
    switch (captureOutcome) {
      case "alreadyCaptured":
        newCapture(order, "COMPLETED", { currency_code: amount.currency_code, value: amount.value });
        return error(422, "UNPROCESSABLE_ENTITY", "ORDER_ALREADY_CAPTURED");
      case "amountMismatch":
        newCapture(order, "COMPLETED", {
          currency_code: amount.currency_code,
          value: value(cents(amount.value)! - 100),
        });
        break;
      case "declined":
        newCapture(order, "DECLINED", { currency_code: amount.currency_code, value: amount.value });
        break;
      case "pending":
        newCapture(order, "PENDING", { currency_code: amount.currency_code, value: amount.value });
        break;
      case "completed":
        newCapture(order, "COMPLETED", { currency_code: amount.currency_code, value: amount.value });
        break;
    }
    return { status: 201, body: orderView(order) };
  }

  function refundCapture(captureId: string, body: unknown): Reply {
    const capture = [...orders.values()].flatMap((order) => order.captures).find((c) => c.id === captureId);
    if (!capture) return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID");
    if (capture.status !== "COMPLETED" && capture.status !== "PARTIALLY_REFUNDED")
      return error(422, "UNPROCESSABLE_ENTITY", "CAPTURE_FULLY_REFUNDED");
    const request = (body ?? {}) as { amount?: Amount; custom_id?: string };
    const refund: FakeRefund = {
      id: id(),
      status: "COMPLETED",
      amount: request.amount ?? capture.amount,
      custom_id: request.custom_id,
      captureId,
    };
    refunds.set(refund.id, refund);
    const refunded = [...refunds.values()]
      .filter((r) => r.captureId === captureId)
      .reduce((sum, r) => sum + (cents(r.amount.value) ?? 0), 0);
    capture.status = refunded >= (cents(capture.amount.value) ?? 0) ? "REFUNDED" : "PARTIALLY_REFUNDED";
    return {
      status: 201,
      body: {
        id: refund.id,
        status: refund.status,
        links: [{ href: `${url}/v2/payments/refunds/${refund.id}`, rel: "self", method: "GET" }],
      },
    };
  }

  function verifySignature(body: unknown): Reply {
    const request = body as Record<string, unknown> | null;
    const fields = ["auth_algo", "cert_url", "transmission_id", "transmission_sig", "transmission_time", "webhook_id"];
    if (
      !request ||
      fields.some((field) => typeof request[field] !== "string") ||
      typeof request.webhook_event !== "object"
    ) {
      return error(400, "VALIDATION_ERROR", "MISSING_REQUIRED_PARAMETER");
    }
    const ok = request.webhook_id === webhookId && validSignatures.has(request.transmission_sig as string);
    return { status: 200, body: { verification_status: ok ? "SUCCESS" : "FAILURE" } };
  }

  function route(method: string, path: string, headers: Record<string, string>, body: unknown): Reply {
    if (method === "POST" && path === "/v1/oauth2/token") {
      const [scheme, encoded] = (headers.authorization ?? "").split(" ");
      const [user, secret] = Buffer.from(encoded ?? "", "base64")
        .toString("utf8")
        .split(":");
      // Any client id with the right secret: tests may use several client ids to watch the token cache.
      if (scheme !== "Basic" || !user || secret !== clientSecret)
        return { status: 401, body: { error: "invalid_client", error_description: "Client Authentication failed" } };
      const token = `A21AA${id(40)}`;
      tokens.add(token);
      return {
        status: 200,
        body: {
          scope: "https://uri.paypal.com/services/payments/payment",
          access_token: token,
          token_type: "Bearer",
          app_id: "APP-FAKE",
          expires_in: 32400,
          nonce: id(20),
        },
      };
    }
    const bearer = (headers.authorization ?? "").replace(/^Bearer /, "");
    if (!tokens.has(bearer))
      return {
        status: 401,
        body: { error: "invalid_token", error_description: "Token signature verification failed" },
      };

    if (method === "POST" && path === "/v2/checkout/orders") return createOrder(body);
    let match = /^\/v2\/checkout\/orders\/([A-Z0-9]+)(\/capture)?$/.exec(path);
    if (match) {
      const order = orders.get(match[1]!);
      if (!order) return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID");
      if (method === "POST" && match[2]) return captureOrder(order);
      if (method === "GET" && !match[2]) return { status: 200, body: orderView(order) };
    }
    match = /^\/v2\/payments\/captures\/([A-Z0-9]+)\/refund$/.exec(path);
    if (method === "POST" && match) return refundCapture(match[1]!, body);
    if (method === "POST" && path === "/v1/notifications/verify-webhook-signature") return verifySignature(body);
    return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID");
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const method = req.method ?? "";
    const path = (req.url ?? "").split("?")[0] ?? "";
    const headers: Record<string, string> = {};
    for (const [name, headerValue] of Object.entries(req.headers))
      if (typeof headerValue === "string") headers[name] = headerValue;
    let body: unknown = null;
    try {
      body = rawBody ? JSON.parse(rawBody) : null;
    } catch {
      body = rawBody;
    }
    const requestId = headers["paypal-request-id"] ?? null;
    requests.push({ method, path, headers, requestId, rawBody, body });

    if (down === "hang") {
      hanging.add(res);
      return;
    }
    let reply: Reply;
    if (down === "unavailable") {
      reply = error(503, "SERVICE_UNAVAILABLE");
    } else {
      const replayKey = requestId && method === "POST" ? `${path}\n${requestId}` : null;
      const replay = replayKey ? replies.get(replayKey) : undefined;
      reply = replay ?? route(method, path, headers, body);
      // Like PayPal, a replayed request id gets the stored answer; answers to bad tokens are not stored.
      if (replayKey && !replay && reply.status !== 401) replies.set(replayKey, reply);
    }
    res.writeHead(reply.status, { "content-type": "application/json", "paypal-debug-id": id(13).toLowerCase() });
    res.end(JSON.stringify(reply.body));
  });
  // Longer than the client's keep-alive (undici: 4 s), so that it never reuses a socket the server is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const captureOf = (paypalOrderId: string) => orders.get(paypalOrderId)?.captures.at(-1);
  const setDown = (mode: "unavailable" | "hang" | null) => {
    down = mode;
    if (mode !== "hang") {
      for (const res of hanging) res.destroy();
      hanging.clear();
    }
  };

  return {
    url,
    clientId,
    clientSecret,
    webhookId,
    requests,
    orders,
    refunds,
    setCaptureOutcome(outcome) {
      captureOutcome = outcome;
    },
    setDown,
    revokeTokens() {
      tokens.clear();
    },
    settleCapture(paypalOrderId, status = "COMPLETED") {
      const capture = captureOf(paypalOrderId);
      if (!capture || capture.status !== "PENDING") throw new Error(`No pending capture for ${paypalOrderId}`);
      capture.status = status;
      return capture;
    },
    captureOf,
    captureResource(capture) {
      return {
        ...captureView(capture),
        supplementary_data: { related_ids: { order_id: capture.paypalOrderId } },
        create_time: new Date().toISOString(),
        update_time: new Date().toISOString(),
      };
    },
    refundResource(refund) {
      return {
        id: refund.id,
        status: refund.status,
        amount: refund.amount,
        ...(refund.custom_id ? { custom_id: refund.custom_id } : {}),
        seller_payable_breakdown: { gross_amount: refund.amount, net_amount: refund.amount },
        links: [
          { href: `${url}/v2/payments/refunds/${refund.id}`, rel: "self", method: "GET" },
          { href: `${url}/v2/payments/captures/${refund.captureId}`, rel: "up", method: "GET" },
        ],
        create_time: new Date().toISOString(),
      };
    },
    webhook(eventType, resource, options = {}) {
      const eventId = options.id ?? `WH-${id(17)}-${id(17)}`;
      const body = JSON.stringify({
        id: eventId,
        event_version: "1.0",
        create_time: new Date().toISOString(),
        resource_type: eventType.includes("REFUND") ? "refund" : "capture",
        resource_version: "2.0",
        event_type: eventType,
        summary: eventType,
        resource,
        links: [{ href: `${url}/v1/notifications/webhooks-events/${eventId}`, rel: "self", method: "GET" }],
      });
      const signature = `${options.valid === false ? "forged" : "valid"}${id(40)}`;
      if (options.valid !== false) validSignatures.add(signature);
      const headers = new Headers({
        "content-type": "application/json",
        "paypal-auth-algo": "SHA256withRSA",
        "paypal-cert-url": `${url}/v1/notifications/certs/CERT-FAKE`,
        "paypal-transmission-id": id(32).toLowerCase(),
        "paypal-transmission-sig": signature,
        "paypal-transmission-time": new Date().toISOString(),
      });
      return { id: eventId, body, headers };
    },
    requestsTo(method, path) {
      return requests.filter((request) => request.method === method && path.test(request.path));
    },
    reset() {
      captureOutcome = "completed";
      setDown(null);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
