// Request and audience logs (P18, P19, P25): no raw address, no identity, aggregates only with consent, 30 days.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { CONSENT_COOKIE, CONSENT_POLICY_VERSION, consentExpiry, serializeConsent } from "@/lib/consent/cookie";
import type { Db } from "@/lib/db/client";
import { browserFamily, countryOf, pagePattern, receiveAudienceBeacon } from "@/lib/logs/audience";
import {
  createRequestLogBuffer,
  loggablePath,
  flushRequestLog,
  pushRequestLog,
  REQUEST_LOG_BATCH,
  requestLogEntry,
  startRequestLogFlusher,
  startRequestLogRecorder,
  truncateIp,
  USER_AGENT_MAX,
  type RequestLogEntry,
  type ServedRequest,
} from "@/lib/logs/request-log";
import { countableQuery, countSearchQuery } from "@/lib/logs/search-counts";
import { applyRetention } from "@/lib/privacy/retention";
import { columnNames } from "../helpers/columns";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await db.requestLog.deleteMany();
  await db.audienceCount.deleteMany();
  await db.searchQueryCount.deleteMany();
  await db.rateLimitWindow.deleteMany();
});

const now = new Date("2026-12-01T09:41:00Z");
const DAY = 24 * 60 * 60 * 1000;
const env = {
  SITE_URL: "https://plusuite.test",
  NODE_ENV: "production" as const,
  COOKIE_SECRET: "s".repeat(40),
  TRUSTED_PROXY_HOPS: 1,
};
const chromeUa =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const columnsOf = (table: string) => columnNames(db, table);

function entry(path: string, at = now): RequestLogEntry {
  return { at, method: "GET", path, status: 200, durationMs: null, userAgent: null, clientNetwork: null };
}

describe("request log", () => {
  test("P18: truncateIp keeps an IPv4 /24, an IPv6 /48, and treats mapped IPv6 as IPv4", () => {
    expect(truncateIp("203.0.113.77")).toBe("203.0.113.0");
    expect(truncateIp("2001:db8:85a3:8d3:1319:8a2e:370:7348")).toBe("2001:db8:85a3::");
    expect(truncateIp("2001:db8::1")).toBe("2001:db8:0::");
    expect(truncateIp("::ffff:198.51.100.9")).toBe("198.51.100.0");
    // clientIp's spelling of an IPv6 client (its /64) narrows further to the /48.
    expect(truncateIp("2001:db8:85a3:8d3::/64")).toBe("2001:db8:85a3::");
    expect(truncateIp("unknown")).toBeNull();
    expect(truncateIp("203.0.113.300")).toBeNull();
  });

  const served = (url: string, overrides: Partial<ServedRequest> = {}): ServedRequest => ({
    method: "get",
    url,
    status: 200,
    durationMs: 12,
    userAgent: chromeUa,
    forwardedFor: undefined,
    prefetch: false,
    peerAddress: "198.51.100.23",
    ...overrides,
  });

  test("P18: the stored line holds the status and the client's network, never its address, and no query string", async () => {
    const line = requestLogEntry(
      served("/fr/reset-password?token=abc123#top", {
        userAgent: "x".repeat(500),
        forwardedFor: "192.0.2.1, 198.51.100.23",
        status: 404,
      }),
      { trustedProxyHops: 1, at: now },
    );
    const buffer = createRequestLogBuffer();
    pushRequestLog(buffer, line!);
    expect(await flushRequestLog(db, buffer)).toBe(1);

    const [row] = await db.requestLog.findMany();
    expect(row).toMatchObject({
      at: now,
      method: "GET",
      path: "/fr/reset-password",
      status: 404,
      durationMs: 12,
      clientNetwork: "198.51.100.0",
    });
    expect(row?.userAgent).toHaveLength(USER_AGENT_MAX);
    const stored = JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    expect(stored).not.toContain("198.51.100.23");
    expect(stored).not.toContain("abc123");
    // No column could hold an identity: a new column must be added here, knowingly.
    expect((await columnsOf("RequestLog")).sort()).toEqual(
      ["at", "clientNetwork", "durationMs", "id", "method", "path", "status", "userAgent"].sort(),
    );
  });

  test("P25: a logged path names no record: order, address and list ids become [id], slugs stay", () => {
    expect(loggablePath("/fr/order/cmh3k9x0a0001qz8w5n2v7r4t?token=x")).toBe("/fr/order/[id]");
    expect(loggablePath("/en/account/addresses/cmh3k9x0a0001qz8w5n2v7r4t")).toBe("/en/account/addresses/[id]");
    expect(loggablePath("http://shop.example/fr/checkout/paypal/cmh3k9x0a0001qz8w5n2v7r4t")).toBe(
      "/fr/checkout/paypal/[id]",
    );
    expect(loggablePath("/fr/product/pull-en-laine-merinos-2")).toBe("/fr/product/pull-en-laine-merinos-2");
    expect(loggablePath("/fr/category/linge-de-maison")).toBe("/fr/category/linge-de-maison");
    expect(loggablePath("/fr/testimonials")).toBe("/fr/testimonials");
    // The cached search route spells the words in its path (proxy.ts rewrites to it).
    expect(loggablePath("/fr/search/_4cin/2")).toBe("/fr/search");
    expect(loggablePath("/en/search?q=linen")).toBe("/en/search");
  });

  test("P18: the client's address is the connection's when reached directly, the proxies' entry behind proxies", () => {
    const network = (request: ServedRequest, trustedProxyHops: number) =>
      requestLogEntry(request, { trustedProxyHops, at: now })?.clientNetwork;
    // Reached directly, a forwarded-for header is the client's own writing: not believed.
    expect(network(served("/fr", { forwardedFor: "192.0.2.9" }), 0)).toBe("198.51.100.0");
    expect(network(served("/fr", { peerAddress: "::ffff:203.0.113.9" }), 0)).toBe("203.0.113.0");
    expect(network(served("/fr", { peerAddress: "2001:db8:85a3:8d3:1319:8a2e:370:7348" }), 0)).toBe("2001:db8:85a3::");
    // Behind one proxy: the entry it appended, whatever the client put before it.
    expect(network(served("/fr", { forwardedFor: "192.0.2.9, 203.0.113.80" }), 1)).toBe("203.0.113.0");
    expect(network(served("/fr", { forwardedFor: undefined }), 1)).toBeNull();
  });

  test("P18: build files, public files and prefetches are logged only when they fail", () => {
    const logged = (url: string, overrides: Partial<ServedRequest> = {}) =>
      requestLogEntry(served(url, overrides), { trustedProxyHops: 0, at: now }) !== null;
    expect(logged("/_next/static/chunks/app.js")).toBe(false);
    expect(logged("/_next/image?url=%2Fimages%2Fa.jpg&w=640")).toBe(false);
    expect(logged("/images/products/lin.jpg")).toBe(false);
    expect(logged("/fr/category/linge", { prefetch: true })).toBe(false);
    expect(logged("/_next/static/chunks/gone.js", { status: 404 })).toBe(true);
    expect(logged("/wp-login.php", { status: 404 })).toBe(true);
    expect(logged("/fr/category/linge")).toBe(true);
    expect(logged("/api/health")).toBe(true);
  });

  test("P18: a running HTTP server's responses are logged as they finish, with the final status and the URL as it arrived", async () => {
    const buffer = createRequestLogBuffer();
    const stop = startRequestLogRecorder(buffer, 0);
    // Rewrites the URL, fills X-Forwarded-For in and strips the router's headers while serving, as next start does.
    const server = createServer((request, response) => {
      const url = request.url ?? "/";
      request.headers["x-forwarded-for"] ??= request.socket.remoteAddress;
      delete request.headers["next-router-prefetch"];
      request.url = "/rewritten";
      response.statusCode = url.startsWith("/fr/missing") ? 404 : request.method === "POST" ? 303 : 200;
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const get = (path: string, init: RequestInit = {}) =>
      fetch(`http://127.0.0.1:${port}${path}`, { redirect: "manual", ...init }).then((response) => response.text());
    try {
      await get("/fr/newsletter/confirm?token=secret-token-1", {
        headers: { "user-agent": "e2e-agent", "x-forwarded-for": "192.0.2.44" },
      });
      await get("/fr/missing-page");
      await get("/fr/checkout", { method: "POST", body: "x" });
      await get("/api/health");
      await get("/_next/static/chunks/main.js");
      await get("/fr/product/lin", { headers: { "next-router-prefetch": "1" } });
      await vi.waitFor(() => expect(buffer.entries).toHaveLength(4), { timeout: 5_000 });
    } finally {
      stop();
      await new Promise((resolve) => server.close(resolve));
    }
    expect(buffer.entries).toMatchObject([
      { method: "GET", path: "/fr/newsletter/confirm", status: 200, userAgent: "e2e-agent" },
      { method: "GET", path: "/fr/missing-page", status: 404 },
      { method: "POST", path: "/fr/checkout", status: 303 },
      { method: "GET", path: "/api/health", status: 200 },
    ]);
    for (const line of buffer.entries) {
      expect(line.clientNetwork).toBe("127.0.0.0");
      expect(line.durationMs).toBeGreaterThanOrEqual(0);
      expect(line.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(JSON.stringify(buffer.entries)).not.toMatch(/secret-token-1|192\.0\.2|127\.0\.0\.1|rewritten/);
  });

  test("P18: the batch writer flushes in batches and drops the oldest lines when full", async () => {
    const buffer = createRequestLogBuffer(3);
    for (const path of ["/a", "/b", "/c", "/d", "/e"]) pushRequestLog(buffer, entry(path));
    expect(buffer.entries.map((e) => e.path)).toEqual(["/c", "/d", "/e"]);
    expect(buffer.dropped).toBe(2);

    const createMany = vi.spyOn(db.requestLog, "createMany");
    expect(await flushRequestLog(db, buffer, 2)).toBe(3);
    expect(createMany).toHaveBeenCalledTimes(2);
    createMany.mockRestore();
    expect(buffer.entries).toEqual([]);
    expect((await db.requestLog.findMany({ orderBy: { id: "asc" } })).map((r) => r.path)).toEqual(["/c", "/d", "/e"]);
  });

  test("P18: the flusher writes as soon as a batch is ready, without waiting for its timer", async () => {
    const buffer = createRequestLogBuffer();
    const stop = startRequestLogFlusher(db, buffer, 60 * 60 * 1000);
    try {
      for (let i = 0; i < REQUEST_LOG_BATCH; i++) pushRequestLog(buffer, entry(`/p${i}`));
      // Generous: the write itself can take a second on a busy PostgreSQL; the timer (an hour) cannot be the cause.
      await vi.waitFor(async () => expect(await db.requestLog.count()).toBe(REQUEST_LOG_BATCH), { timeout: 15_000 });
      expect(buffer.entries).toHaveLength(0);
    } finally {
      stop();
    }
  });

  test("P18: request log lines are purged after 30 days", async () => {
    const buffer = createRequestLogBuffer();
    pushRequestLog(buffer, entry("/old", new Date(now.getTime() - 31 * DAY)));
    pushRequestLog(buffer, entry("/recent", new Date(now.getTime() - 29 * DAY)));
    await flushRequestLog(db, buffer);

    const report = await applyRetention(db, now);
    expect(report.requestLogs).toBe(1);
    expect((await db.requestLog.findMany()).map((r) => r.path)).toEqual(["/recent"]);
  });
});

describe("audience measurement", () => {
  const consentCookie = (audience: boolean) =>
    `${CONSENT_COOKIE}=${serializeConsent({
      id: "consent-id-0123456789",
      audience,
      social: true,
      chat: true,
      policyVersion: CONSENT_POLICY_VERSION,
      expiresAt: consentExpiry(now),
    })}`;
  const beacon = (body: unknown, headers: Record<string, string> = {}) =>
    new Request("https://plusuite.test/api/audience", {
      method: "POST",
      body: JSON.stringify(body),
      headers: {
        origin: "https://plusuite.test",
        "user-agent": chromeUa,
        "accept-language": "fr-BE,fr;q=0.9",
        "x-forwarded-for": "203.0.113.5",
        ...headers,
      },
    });

  test("P19: audience tables hold no user, session or address column", async () => {
    for (const table of ["AudienceCount", "SearchQueryCount"]) {
      const columns = await columnsOf(table);
      expect(columns.length, table).toBeGreaterThan(0);
      for (const column of columns) expect(column, table).not.toMatch(/user|session|ip|address|email|consent/i);
    }
  });

  test("P19: no log or count table references another table: nothing joins them to a customer", async () => {
    const foreignKeysOf = async (tables: string[]) =>
      db.$queryRaw<{ name: string }[]>`
        SELECT table_name::text AS name FROM information_schema.table_constraints
        WHERE constraint_type = 'FOREIGN KEY' AND table_schema = current_schema() AND table_name::text = ANY(${tables})`;
    // The query does find links where they exist (a cart line points to its cart).
    expect((await foreignKeysOf(["CartLine"])).length).toBeGreaterThan(0);
    expect(await foreignKeysOf(["RequestLog", "AudienceCount", "SearchQueryCount"])).toEqual([]);
  });

  test("P19: without consent to audience, nothing is written", async () => {
    const view = { path: "/fr/product/lin-blanc", referrer: "https://www.example.org/x" };
    expect(await receiveAudienceBeacon({ db, env }, beacon(view), now)).toBe(204);
    expect(await receiveAudienceBeacon({ db, env }, beacon(view, { cookie: consentCookie(false) }), now)).toBe(204);
    expect(await db.audienceCount.count()).toBe(0);
    expect(await db.rateLimitWindow.count()).toBe(0);
  });

  test("P19: with consent, views are counted per hour, page pattern, referring site, browser and country", async () => {
    const cookie = consentCookie(true);
    const view = { path: "/fr/product/lin-blanc", referrer: "https://www.example.org/article?id=7" };
    expect(await receiveAudienceBeacon({ db, env }, beacon(view, { cookie }), now)).toBe(204);
    const other = { path: "/fr/product/coton-bleu", referrer: "https://www.example.org/" };
    expect(await receiveAudienceBeacon({ db, env }, beacon(other, { cookie }), now)).toBe(204);
    // Our own pages as referrer, and unknown or private pages, are not another site / not counted.
    await receiveAudienceBeacon(
      { db, env },
      beacon({ path: "/en/", referrer: "https://plusuite.test/fr" }, { cookie }),
      now,
    );
    await receiveAudienceBeacon({ db, env }, beacon({ path: "/fr/account/orders" }, { cookie }), now);
    await receiveAudienceBeacon({ db, env }, beacon({ path: "/fr/no-such-page" }, { cookie }), now);

    const rows = await db.audienceCount.findMany({ orderBy: { page: "asc" } });
    expect(rows).toEqual([
      {
        hour: new Date("2026-12-01T09:00:00Z"),
        page: "/",
        referrerHost: "",
        browser: "chrome",
        country: "BE",
        count: 1,
      },
      {
        hour: new Date("2026-12-01T09:00:00Z"),
        page: "/product/[slug]",
        referrerHost: "www.example.org",
        browser: "chrome",
        country: "BE",
        count: 2,
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain("203.0.113");
  });

  test("P19: malformed beacons and other origins count nothing", async () => {
    const cookie = consentCookie(true);
    const bad = new Request("https://plusuite.test/api/audience", {
      method: "POST",
      body: "{not json",
      headers: { origin: "https://plusuite.test", cookie },
    });
    expect(await receiveAudienceBeacon({ db, env }, bad, now)).toBe(400);
    expect(await receiveAudienceBeacon({ db, env }, beacon({ path: 42 }, { cookie }), now)).toBe(400);
    const foreign = beacon({ path: "/fr/" }, { cookie, origin: "https://evil.example" });
    expect(await receiveAudienceBeacon({ db, env }, foreign, now)).toBe(403);
    expect(await db.audienceCount.count()).toBe(0);
  });

  test("P25: the country is derived without the IP; pages and browsers are coarse", () => {
    expect(pagePattern("/fr/category/linge-de-lit/price-asc/2")).toBe("/category/[slug]");
    expect(pagePattern("/en/search")).toBe("/search");
    expect(pagePattern("/fr/order/ord_123")).toBeNull();
    expect(pagePattern("/de/")).toBeNull();
    expect(browserFamily(chromeUa)).toBe("chrome");
    expect(browserFamily(`${chromeUa} Edg/131.0.0.0`)).toBe("edge");
    expect(browserFamily("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("firefox");
    expect(
      browserFamily(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      ),
    ).toBe("safari");
    expect(browserFamily(null)).toBe("other");
    expect(countryOf(new Headers({ "cf-ipcountry": "ch", "accept-language": "fr-FR" }))).toBe("CH");
    expect(countryOf(new Headers({ "accept-language": "en-GB,en;q=0.8" }))).toBe("GB");
    expect(countryOf(new Headers({ "accept-language": "fr" }))).toBe("");
  });
});

describe("search counts", () => {
  test("P25: search queries are counted per day without identity", async () => {
    expect(await countSearchQuery(db, "Lin  BLANC!", now)).toBe(true);
    expect(await countSearchQuery(db, "lin blanc", new Date(now.getTime() + 60_000))).toBe(true);
    expect(await countSearchQuery(db, "jean.dupont@example.org", now)).toBe(false);
    expect(await countSearchQuery(db, "06 12 34 56 78", now)).toBe(false);

    expect(await db.searchQueryCount.findMany()).toEqual([
      { day: new Date("2026-12-01T00:00:00Z"), query: "lin blanc", count: 2 },
    ]);
    expect((await columnsOf("SearchQueryCount")).sort()).toEqual(["count", "day", "query"]);
    expect(countableQuery("  ?! ")).toBeNull();
  });

  test("P19: audience and search counts are purged after 25 months", async () => {
    const old = new Date(now.getTime() - 26 * 31 * DAY);
    await countSearchQuery(db, "vieux", old);
    await countSearchQuery(db, "récent", now);
    const report = await applyRetention(db, now);
    expect(report.searchQueryCounts).toBe(1);
    expect((await db.searchQueryCount.findMany()).map((r) => r.query)).toEqual(["récent"]);
  });
});
