// One shopper of the load test: its own cookies and its own loopback address, calling the shop over HTTP the
// way the browser's code does (server actions with React's encoding, GET /api/cart). Every answer is timed and
// recorded; a request that takes longer than the timeout is recorded as a hang, never waited for.
import http from "node:http";

export type Answer = {
  op: string;
  status: number;
  ms: number;
  /** the refusal code of an action ("insufficientStock"), if it answered one */
  refusal: string | null;
  /** "timeout" when the answer did not come in time, or the socket's error */
  failure: string | null;
  text: string;
  headers: http.IncomingHttpHeaders;
  /** when the request was sent, in ms since the log started (to tell what happened during a fault) */
  at: number;
};

export type ActionIds = Record<"addToCart" | "updateLine" | "removeLine" | "placeOrder" | "signIn" | "signOut", string>;

export class AnswerLog {
  readonly answers: Answer[] = [];
  readonly started = Date.now();
}

export class Shopper {
  private readonly cookies = new Map<string, string>();
  private readonly agent: http.Agent;

  constructor(
    /** where requests go: the load balancer, or one instance directly */
    private readonly target: URL,
    /** the shop's public origin (SITE_URL): the Host and Origin of every request */
    private readonly site: URL,
    private readonly localAddress: string,
    private readonly log: AnswerLog,
    private readonly timeoutMs = 10_000,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
  }

  /** The same shopper (cookies) sending to another target: one instance instead of the balancer. */
  via(target: URL): Shopper {
    const copy = new Shopper(target, this.site, this.localAddress, this.log, this.timeoutMs);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get(op: string, path: string): Promise<Answer> {
    return this.send(op, "GET", path, { accept: "text/html,application/json" });
  }

  /** An action called with a plain object, as the drawer and the cart page do. */
  callAction(op: string, pagePath: string, actionId: string, argument: unknown): Promise<Answer> {
    return this.send(
      op,
      "POST",
      pagePath,
      this.actionHeaders(actionId, "text/plain;charset=UTF-8"),
      JSON.stringify([argument]),
    );
  }

  /** A form action (useActionState): the form's fields prefixed "_1_", then the root "0" naming the previous state and the form. */
  async submitForm(op: string, pagePath: string, actionId: string, fields: Record<string, string>): Promise<Answer> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
    form.append("0", JSON.stringify([{ attempt: 0 }, "$K1"]));
    const encoded = new Request("http://form.invalid", { method: "POST", body: form });
    const body = Buffer.from(await encoded.arrayBuffer());
    return this.send(op, "POST", pagePath, this.actionHeaders(actionId, encoded.headers.get("content-type")!), body);
  }

  close() {
    this.agent.destroy();
  }

  private actionHeaders(actionId: string, contentType: string) {
    return {
      "next-action": actionId,
      accept: "text/x-component",
      origin: this.site.origin,
      "content-type": contentType,
    };
  }

  private send(
    op: string,
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string | Buffer,
  ): Promise<Answer> {
    const sentAt = Date.now();
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Promise((resolve) => {
      let settled = false;
      const finish = (answer: Omit<Answer, "op" | "ms" | "at">) => {
        if (settled) return;
        settled = true;
        const recorded = { op, ms: Date.now() - sentAt, at: sentAt - this.log.started, ...answer };
        this.log.answers.push(recorded);
        resolve(recorded);
      };
      const request = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          family: 4,
          method,
          path,
          agent: this.agent,
          headers: { ...headers, host: this.site.host, ...(cookie ? { cookie } : {}) },
        },
        (response) => {
          this.keepCookies(response.headers["set-cookie"] ?? []);
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", (error) => finish(failed(error.message)));
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const refusal = /"error":"([A-Za-z]+)"/.exec(text)?.[1] ?? null;
            finish({ status: response.statusCode ?? 0, refusal, failure: null, text, headers: response.headers });
          });
        },
      );
      request.setTimeout(this.timeoutMs, () => {
        finish(failed("timeout"));
        request.destroy();
      });
      request.on("error", (error) => finish(failed(error.message)));
      request.end(body);
    });
  }

  private keepCookies(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

function failed(failure: string) {
  return { status: 0, refusal: null, failure, text: "", headers: {} };
}
