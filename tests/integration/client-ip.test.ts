// The client's address as the per-IP limits count it (P12, P18): taken from a configured number of trusted
// proxy hops, so that a forged X-Forwarded-For never moves a client to a fresh counter, and never missing
// (an address we cannot tell is one shared client: a limit is never skipped).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { createActionBuilder } from "@/lib/actions/builder";
import { authorizeWithPassword } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { clientIp, clientIpKey, UNKNOWN_CLIENT_IP } from "@/lib/security/client-ip";
import { createTestDb, type TestDb } from "../helpers/test-db";

const SITE = "https://shop.example";
const SECRET = "client-ip-test-secret";
const now = new Date("2026-11-30T10:00:00Z");

const withForwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("P12: which X-Forwarded-For entry is believed", () => {
  test("0 hops (directly exposed): the header is ignored whatever it says", () => {
    for (const value of [undefined, "203.0.113.7", "203.0.113.7, 198.51.100.1", ""])
      expect(clientIp(withForwardedFor(value), 0)).toBe(UNKNOWN_CLIENT_IP);
  });

  test("N hops: the Nth entry from the right, the one our own proxies wrote", () => {
    const chain = withForwardedFor("10.0.0.1, 203.0.113.7, 198.51.100.20");
    expect(clientIp(chain, 1)).toBe("198.51.100.20");
    expect(clientIp(chain, 2)).toBe("203.0.113.7");
    expect(clientIp(chain, 3)).toBe("10.0.0.1");
    // A client that prepends entries does not change what our proxy appended.
    expect(clientIp(withForwardedFor("1.2.3.4, 5.6.7.8 ,198.51.100.20"), 1)).toBe("198.51.100.20");
  });

  test("fewer entries than trusted hops, or an entry that is not an address: one shared unknown client", () => {
    expect(clientIp(withForwardedFor("198.51.100.20"), 2)).toBe(UNKNOWN_CLIENT_IP);
    expect(clientIp(withForwardedFor(), 1)).toBe(UNKNOWN_CLIENT_IP);
    expect(clientIp(withForwardedFor("203.0.113.7, not-an-address"), 1)).toBe(UNKNOWN_CLIENT_IP);
    expect(clientIp(withForwardedFor("203.0.113.7, "), 1)).toBe(UNKNOWN_CLIENT_IP);
  });

  test("one client, one key: ports dropped, IPv4-mapped IPv6 is IPv4, an IPv6 client counts by its /64", () => {
    expect(clientIp(withForwardedFor("198.51.100.20:53211"), 1)).toBe("198.51.100.20");
    expect(clientIp(withForwardedFor("::ffff:198.51.100.20"), 1)).toBe("198.51.100.20");
    expect(clientIp(withForwardedFor("[2001:db8:1:2::5]:443"), 1)).toBe("2001:db8:1:2::/64");
    // Any address of the same /64 (which one customer's router hands out freely) is the same client.
    expect(clientIp(withForwardedFor("2001:0db8:0001:0002:ffff:0:0:1"), 1)).toBe("2001:db8:1:2::/64");
    expect(clientIp(withForwardedFor("2001:db8:1:3::1"), 1)).toBe("2001:db8:1:3::/64");
  });

  test("P18: the key is a keyed hash, never the address", () => {
    const key = clientIpKey(withForwardedFor("198.51.100.20"), { trustedProxyHops: 1, secret: SECRET });
    expect(key).not.toContain("198.51.100.20");
    expect(clientIpKey(withForwardedFor("9.9.9.9, 198.51.100.20"), { trustedProxyHops: 1, secret: SECRET })).toBe(key);
  });
});

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());

describe("P12: a forged X-Forwarded-For does not escape a per-IP limit", () => {
  /** An action limited to 3 attempts per client, wired like lib/actions/define.ts, for a request's headers. */
  function limitedAction(headers: Headers, trustedProxyHops: number) {
    headers.set("origin", SITE);
    const defineAction = createActionBuilder({
      db,
      now: () => now,
      headers: async () => headers,
      currentUser: async () => null,
      allowedOrigins: () => [SITE],
      clientIpKey: (requestHeaders) => clientIpKey(requestHeaders, { trustedProxyHops, secret: SECRET }),
      refuseSignedOut: () => {
        throw new Error("signed out");
      },
      refuseNotAdmin: () => {
        throw new Error("404");
      },
      refuseWithoutSecondFactor: () => {
        throw new Error("second factor");
      },
    });
    return defineAction({
      access: "public",
      schema: z.object({}),
      rateLimit: {
        rule: { limit: 3, windowSeconds: 600 },
        key: ({ ipKey }) => `client-ip-test:${trustedProxyHops}:${ipKey}`,
      },
      handler: async () => "done",
    });
  }

  test.each([
    ["directly exposed (0 hops)", 0, (forged: string) => forged],
    ["behind one proxy", 1, (forged: string) => `${forged}, 198.51.100.77`],
    ["behind a CDN and a load balancer", 2, (forged: string) => `${forged}, 198.51.100.88, 10.0.0.2`],
  ])("through the action builder, %s", async (_name, hops, chain) => {
    const outcomes = [];
    for (let i = 0; i < 6; i++) {
      const action = limitedAction(withForwardedFor(chain(`203.0.113.${i}`)), hops);
      outcomes.push((await action(new FormData())).error ?? "ok");
    }
    expect(outcomes).toEqual(["ok", "ok", "ok", "limited", "limited", "limited"]);
  });

  test("through the action builder, a request with no address at all is counted, not let through", async () => {
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push((await limitedAction(new Headers(), 1)(new FormData())).error ?? "ok");
    expect(outcomes).toEqual(["ok", "ok", "ok", "limited"]);
  });

  test("through the sign-in (Auth.js's authorize, which reads clientIp from the request headers)", async () => {
    await db.user.create({
      data: {
        email: "dominique@example.fr",
        passwordHash: await hashPassword("le bon mot de passe"),
        emailVerified: now,
      },
    });
    const limits = {
      signInPerAccount: { limit: 100, windowSeconds: 900 },
      signInPerIp: { limit: 3, windowSeconds: 900 },
    };
    const attempt = (forged: string, email: string, password: string) =>
      authorizeWithPassword(
        db,
        { email, password },
        { ip: clientIp(withForwardedFor(`${forged}, 198.51.100.99`), 1), secret: SECRET, now, limits },
      );
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push((await attempt(`192.0.2.${i}`, `nobody${i}@example.fr`, "x")).status);
    expect(outcomes).toEqual(["invalid", "invalid", "invalid", "limited", "limited"]);
    // The right password from the same client is refused too; another client is not.
    expect((await attempt("192.0.2.200", "dominique@example.fr", "le bon mot de passe")).status).toBe("limited");
    const other = await authorizeWithPassword(
      db,
      { email: "dominique@example.fr", password: "le bon mot de passe" },
      { ip: clientIp(withForwardedFor("198.51.100.100"), 1), secret: SECRET, now, limits },
    );
    expect(other.status).toBe("ok");
  });
});
