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
  close(): Promise<void>;
};

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Record<string, unknown>>();
  const byIdempotencyKey = new Map<string, string>();
  let failures = 0;
  let failureStatus = 500;

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

    if (failures > 0) {
      failures--;
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
    if (req.method === "POST" && path === "/v1/refunds") {
      return send(200, {
        id: `re_${randomUUID().replaceAll("-", "")}`,
        object: "refund",
        amount: Number(form.get("amount")),
        status: "succeeded",
        payment_intent: form.get("payment_intent"),
      });
    }
    return send(404, { error: { type: "invalid_request_error", message: `No fake for ${req.method} ${path}` } });
  });
  // Longer than the client's keep-alive (undici: 4 s), so that it never reuses a socket the server is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    sessions,
    failNext(count, status = 500) {
      failures = count;
      failureStatus = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
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
