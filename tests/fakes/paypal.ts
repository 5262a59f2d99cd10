// A local fake of the parts of PayPal's REST API the shop calls, on 127.0.0.1 (random port). It behaves
// like PayPal where our code depends on it: OAuth client credentials, PayPal-Request-Id idempotency (a
// replay gets the first answer), amount validation on create, capture outcomes chosen by the test,
// 422 ORDER_ALREADY_CAPTURED, webhook signature verification and refunds. Every request is recorded.
// This file is the server (routing, tokens, replays, outages); orders and refunds are in paypal-orders.ts,
// webhooks in paypal-webhooks.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  error,
  id,
  type CaptureOutcome,
  type FakeCapture,
  type FakeOrder,
  type FakeRefund,
  type RecordedRequest,
  type Reply,
} from "./paypal-model";
import { captureOrder, createOrder, orderView, refundCapture, type OrderBook } from "./paypal-orders";
import { captureResource, refundResource, verifySignature, webhookDelivery } from "./paypal-webhooks";

export type { CaptureOutcome, FakeCapture, FakeOrder, FakeRefund, RecordedRequest } from "./paypal-model";

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
  /**
   * "unavailable": every request gets 503; "error": 500; "hang": no request is answered; "loseResponses":
   * every request is carried out (a capture is made) but its answer never reaches the shop; null: normal
   */
  setDown(mode: DownMode): void;
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

type DownMode = "unavailable" | "error" | "hang" | "loseResponses" | null;

export async function startFakePayPal(
  options: { clientId?: string; clientSecret?: string; webhookId?: string; port?: number } = {},
): Promise<FakePayPal> {
  const clientSecret = options.clientSecret ?? "fake-paypal-secret";
  const clientId = options.clientId ?? "fake-paypal-client";
  const webhookId = options.webhookId ?? "WH0FAKE0PLUSUITE";
  const requests: RecordedRequest[] = [];
  const book: OrderBook = { url: "", orders: new Map(), refunds: new Map(), captureOutcome: "completed" };
  const replies = new Map<string, Reply>(); // PayPal-Request-Id replays, by path + id
  const tokens = new Set<string>();
  const signer = { webhookId, validSignatures: new Set<string>() };
  const hanging = new Set<http.ServerResponse>();
  let down: DownMode = null;

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

    if (method === "POST" && path === "/v2/checkout/orders") return createOrder(book, body);
    let match = /^\/v2\/checkout\/orders\/([A-Z0-9]+)(\/capture)?$/.exec(path);
    if (match) {
      const order = book.orders.get(match[1]!);
      if (!order) return error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID");
      if (method === "POST" && match[2]) return captureOrder(book, order);
      if (method === "GET" && !match[2]) return { status: 200, body: orderView(book, order) };
    }
    match = /^\/v2\/payments\/captures\/([A-Z0-9]+)\/refund$/.exec(path);
    if (method === "POST" && match) return refundCapture(book, match[1]!, body);
    if (method === "POST" && path === "/v1/notifications/verify-webhook-signature")
      return verifySignature(signer, body);
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
    if (down === "unavailable" || down === "error") {
      reply = down === "error" ? error(500, "INTERNAL_SERVER_ERROR") : error(503, "SERVICE_UNAVAILABLE");
    } else {
      const replayKey = requestId && method === "POST" ? `${path}\n${requestId}` : null;
      const replay = replayKey ? replies.get(replayKey) : undefined;
      reply = replay ?? route(method, path, headers, body);
      // Like PayPal, a replayed request id gets the stored answer; answers to bad tokens are not stored.
      if (replayKey && !replay && reply.status !== 401) replies.set(replayKey, reply);
    }
    if (down === "loseResponses") {
      hanging.add(res); // done at PayPal, but the answer is lost on the way
      return;
    }
    res.writeHead(reply.status, { "content-type": "application/json", "paypal-debug-id": id(13).toLowerCase() });
    res.end(JSON.stringify(reply.body));
  });
  // Longer than the client's keep-alive (undici: 4 s), so that it never reuses a socket the server is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  book.url = url;

  const captureOf = (paypalOrderId: string) => book.orders.get(paypalOrderId)?.captures.at(-1);
  const setDown = (mode: DownMode) => {
    down = mode;
    if (mode !== "hang" && mode !== "loseResponses") {
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
    orders: book.orders,
    refunds: book.refunds,
    setCaptureOutcome(outcome) {
      book.captureOutcome = outcome;
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
    captureResource: (capture) => captureResource(url, capture),
    refundResource: (refund) => refundResource(url, refund),
    webhook: (eventType, resource, options) => webhookDelivery(url, signer, eventType, resource, options),
    requestsTo(method, path) {
      return requests.filter((request) => request.method === method && path.test(request.path));
    },
    reset() {
      book.captureOutcome = "completed";
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
