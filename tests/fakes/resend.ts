// A local stand-in for the Resend API (POST /emails only). Point the SDK at it with
// process.env.RESEND_BASE_URL = fake.url before creating the sender.
// Like Resend, it honours the Idempotency-Key header: a request with a key it accepted less than 24 hours ago
// (by its own clock, which a test may set) gets the original answer and sends nothing; the same key with
// another body is refused (409 invalid_idempotent_request); after 24 hours the key is forgotten, and the
// same request sends the e-mail again. A request it answered with an error does not hold the key.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedEmailRequest = {
  /** HTTP status the fake answered with (or would have: see loseResponses); `id` is the message id it returned on success. */
  status: number;
  id: string | null;
  idempotencyKey: string | null;
  authorization: string | null;
  /** true when this request was answered from the idempotency store: no e-mail was sent */
  replayed?: boolean;
  body: {
    from: string;
    to: string | string[];
    subject: string;
    html?: string;
    text?: string;
    [field: string]: unknown;
  };
};

/** An e-mail the fake actually sent (accepted anew, not replayed). */
export type DeliveredEmail = { id: string; idempotencyKey: string | null; at: Date; to: string | string[] };

/**
 * "error": every request is answered 500 and nothing is sent; "reset": the e-mail is sent but the connection
 * is cut before the answer; "hang": the e-mail is sent but the answer never comes (the client times out).
 */
export type ResendOutage = "error" | "reset" | "hang" | null;

export type FakeResend = {
  url: string;
  /** Every POST /emails, failed ones included, in order. */
  requests: RecordedEmailRequest[];
  /** Every e-mail sent, once per acceptance: what recipients would receive. */
  delivered: DeliveredEmail[];
  /** The next `count` requests fail with `status` (500 or 429) and a Resend-like error body. */
  failNext(count: number, status?: 500 | 429): void;
  /** Until set back to null, every request meets this outage. */
  setOutage(mode: ResendOutage): void;
  /** The fake's clock, for the 24-hour idempotency window (default: the real clock). */
  setClock(now: () => Date): void;
  close(): Promise<void>;
};

const ERROR_NAMES = { 500: "internal_server_error", 429: "rate_limit_exceeded" } as const;
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60_000;

type Remembered = { acceptedAt: Date; body: string; id: string };

export async function start(): Promise<FakeResend> {
  const requests: RecordedEmailRequest[] = [];
  const delivered: DeliveredEmail[] = [];
  const remembered = new Map<string, Remembered>();
  const hanging = new Set<http.ServerResponse>();
  let failures: { remaining: number; status: 500 | 429 } = { remaining: 0, status: 500 };
  let outage: ResendOutage = null;
  let clock = () => new Date();

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const reply = (status: number, body: unknown) => {
      if (outage === "reset") return void response.destroy();
      if (outage === "hang") return void hanging.add(response);
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };

    if (request.method !== "POST" || request.url !== "/emails") {
      return reply(404, { statusCode: 404, name: "not_found", message: `No route ${request.method} ${request.url}` });
    }
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const recorded: RecordedEmailRequest = {
      status: 200,
      id: null,
      idempotencyKey: header(request, "idempotency-key"),
      authorization: header(request, "authorization"),
      body: JSON.parse(rawBody),
    };
    requests.push(recorded);
    if (outage === "error" || failures.remaining > 0) {
      const status = outage === "error" ? 500 : failures.status;
      if (outage !== "error") failures.remaining--;
      recorded.status = status;
      response.writeHead(status, { "content-type": "application/json" });
      return response.end(
        JSON.stringify({
          statusCode: status,
          name: ERROR_NAMES[status],
          message: status === 429 ? "Too many requests (fake)" : "Something went wrong (fake)",
        }),
      );
    }

    const now = clock();
    const key = recorded.idempotencyKey;
    const previous = key ? remembered.get(key) : undefined;
    if (previous && now.getTime() - previous.acceptedAt.getTime() < IDEMPOTENCY_WINDOW_MS) {
      if (previous.body !== rawBody) {
        recorded.status = 409;
        return reply(409, {
          statusCode: 409,
          name: "invalid_idempotent_request",
          message: "Same idempotency key used with a different request payload (fake)",
        });
      }
      recorded.id = previous.id;
      recorded.replayed = true;
      return reply(200, { id: previous.id });
    }
    recorded.id = randomUUID();
    delivered.push({ id: recorded.id, idempotencyKey: key, at: now, to: recorded.body.to });
    if (key) remembered.set(key, { acceptedAt: now, body: rawBody, id: recorded.id });
    reply(200, { id: recorded.id });
  });

  // Longer than the client's keep-alive (undici: 4 s), so that it never reuses a socket the server is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const releaseHanging = () => {
    for (const response of hanging) response.destroy();
    hanging.clear();
  };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    failNext(count, status = 500) {
      failures = { remaining: count, status };
    },
    setOutage(mode) {
      outage = mode;
      if (mode !== "hang") releaseHanging();
    },
    setClock(now) {
      clock = now;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        releaseHanging();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function header(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
