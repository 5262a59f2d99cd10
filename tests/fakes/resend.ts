// A local stand-in for the Resend API (POST /emails only). Point the SDK at it with
// process.env.RESEND_BASE_URL = fake.url before creating the sender.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedEmailRequest = {
  /** HTTP status the fake answered with; `id` is the message id it returned on success. */
  status: number;
  id: string | null;
  idempotencyKey: string | null;
  authorization: string | null;
  body: {
    from: string;
    to: string | string[];
    subject: string;
    html?: string;
    text?: string;
    [field: string]: unknown;
  };
};

export type FakeResend = {
  url: string;
  /** Every POST /emails, failed ones included, in order. */
  requests: RecordedEmailRequest[];
  /** The next `count` requests fail with `status` (500 or 429) and a Resend-like error body. */
  failNext(count: number, status?: 500 | 429): void;
  close(): Promise<void>;
};

const ERROR_NAMES = { 500: "internal_server_error", 429: "rate_limit_exceeded" } as const;

export async function start(): Promise<FakeResend> {
  const requests: RecordedEmailRequest[] = [];
  let failures: { remaining: number; status: 500 | 429 } = { remaining: 0, status: 500 };

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };

    if (request.method !== "POST" || request.url !== "/emails") {
      return reply(404, { statusCode: 404, name: "not_found", message: `No route ${request.method} ${request.url}` });
    }
    const recorded: RecordedEmailRequest = {
      status: 200,
      id: null,
      idempotencyKey: header(request, "idempotency-key"),
      authorization: header(request, "authorization"),
      body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
    };
    requests.push(recorded);
    if (failures.remaining > 0) {
      failures.remaining--;
      recorded.status = failures.status;
      return reply(failures.status, {
        statusCode: failures.status,
        name: ERROR_NAMES[failures.status],
        message: failures.status === 429 ? "Too many requests (fake)" : "Something went wrong (fake)",
      });
    }
    recorded.id = randomUUID();
    reply(200, { id: recorded.id });
  });

  // Longer than the client's keep-alive (undici: 4 s), so that it never reuses a socket the server is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(count, status = 500) {
      failures = { remaining: count, status };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function header(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
