// A local fake of the parts of the Stripe API the shop calls, on 127.0.0.1. The real `stripe` SDK talks
// to it (host/port/protocol options), so requests are built and parsed exactly as in production.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; idempotencyKey: string | null; form: URLSearchParams };

export type FakeStripe = {
  url: string;
  requests: RecordedRequest[];
  sessions: Map<string, Record<string, unknown>>;
  /** the next `count` requests fail with `status` (e.g. 500: Stripe down) */
  failNext(count: number, status?: number): void;
  /** refunds made so far, by id */
  refunds: Map<string, Record<string, unknown>>;
  /** the status the next refunds are created with (default "succeeded"; cards may answer "pending") */
  setRefundStatus(status: "succeeded" | "pending" | "failed"): void;
  /** "hang": requests are recorded but never answered (past the SDK's timeout); null: back to normal */
  setDown(mode: "hang" | null): void;
  /** The shopper pays on Stripe's page: the session becomes complete and paid; returns it. */
  paySession(sessionId: string): Record<string, unknown>;
  close(): Promise<void>;
};

/** `port`: a fixed one for a fake the e2e shop is started against (tests/e2e/support/gateway-fakes.ts); any free one by default. */
export async function startFakeStripe(options: { port?: number } = {}): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Record<string, unknown>>();
  const byIdempotencyKey = new Map<string, string>();
  const refunds = new Map<string, Record<string, unknown>>();
  let refundStatus = "succeeded";
  let failures = 0;
  let failureStatus = 500;
  let down: "hang" | null = null;
  const hanging = new Set<http.ServerResponse>();

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
    const path = (req.url ?? "").split("?")[0] ?? "";
    const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? null;
    requests.push({ method: req.method ?? "", path, idempotencyKey, form });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${randomUUID()}` });
      res.end(JSON.stringify(body));
    };

    if (down === "hang") {
      hanging.add(res);
      return;
    }
    if (failures > 0) {
      failures--;
      // A 4xx is Stripe refusing the request (e.g. a charge already refunded), a 5xx Stripe being down.
      if (failureStatus < 500 && failureStatus !== 429)
        return send(failureStatus, {
          error: { type: "invalid_request_error", code: "charge_already_refunded", message: "Refused by fake Stripe" },
        });
      return send(failureStatus, { error: { type: "api_error", message: "Fake Stripe is down" } });
    }
    const replay = idempotencyKey ? byIdempotencyKey.get(`${path}:${idempotencyKey}`) : undefined;
    if (req.method === "POST" && path === "/v1/checkout/sessions") {
      if (replay) return send(200, sessions.get(replay));
      const session = sessionFrom(form, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      sessions.set(session.id, session);
      if (idempotencyKey) byIdempotencyKey.set(`${path}:${idempotencyKey}`, session.id);
      return send(200, session);
    }
    const retrieve = /^\/v1\/checkout\/sessions\/([A-Za-z0-9_]+)$/.exec(path);
    if (req.method === "GET" && retrieve) {
      const session = sessions.get(retrieve[1]!);
      if (session) return send(200, session);
      return send(404, {
        error: { type: "invalid_request_error", code: "resource_missing", message: "No such checkout.session" },
      });
    }
    if (req.method === "POST" && path === "/v1/refunds") {
      // Like Stripe, a repeated Idempotency-Key answers the first refund again instead of making another.
      if (replay) return send(200, refunds.get(replay));
      const refund = {
        id: `re_${randomUUID().replaceAll("-", "")}`,
        object: "refund",
        amount: Number(form.get("amount")),
        status: refundStatus,
        payment_intent: form.get("payment_intent"),
        metadata: { orderId: form.get("metadata[orderId]"), refundId: form.get("metadata[refundId]") },
      };
      refunds.set(refund.id, refund);
      if (idempotencyKey) byIdempotencyKey.set(`${path}:${idempotencyKey}`, refund.id);
      return send(200, refund);
    }
    return send(404, { error: { type: "invalid_request_error", message: `No fake for ${req.method} ${path}` } });
  });
  // Longer than the client's keep-alive (undici: 4 s), so that it never reuses a socket the server is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    sessions,
    failNext(count, status = 500) {
      failures = count;
      failureStatus = status;
    },
    refunds,
    setRefundStatus(status) {
      refundStatus = status;
    },
    setDown(mode) {
      down = mode;
      if (mode === null) {
        for (const res of hanging) res.destroy();
        hanging.clear();
      }
    },
    paySession(sessionId) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`No session ${sessionId}`);
      Object.assign(session, {
        status: "complete",
        payment_status: "paid",
        payment_intent: `pi_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
      });
      return session;
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Checkout Session as Stripe returns it, with the total computed from the submitted line items. */
function sessionFrom(form: URLSearchParams, baseUrl: string) {
  let amount = 0;
  for (let i = 0; form.has(`line_items[${i}][quantity]`); i++) {
    amount +=
      Number(form.get(`line_items[${i}][price_data][unit_amount]`)) * Number(form.get(`line_items[${i}][quantity]`));
  }
  amount += Number(form.get("shipping_options[0][shipping_rate_data][fixed_amount][amount]") ?? 0);
  const id = `cs_test_${randomUUID().replaceAll("-", "")}`;
  return {
    id,
    object: "checkout.session",
    url: `${baseUrl}/pay/${id}`,
    mode: "payment",
    amount_total: amount,
    currency: form.get("line_items[0][price_data][currency]") ?? "eur",
    client_reference_id: form.get("client_reference_id"),
    customer_email: form.get("customer_email"),
    metadata: { orderId: form.get("metadata[orderId]"), orderNumber: form.get("metadata[orderNumber]") },
    payment_status: "unpaid",
    payment_intent: null,
    status: "open",
    expires_at: Number(form.get("expires_at")),
  };
}
