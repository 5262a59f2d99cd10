import { describe, expect, test } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "@/lib/env";

describe("configuration", () => {
  test("development needs nothing: embedded database, local site URL", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", SITE_URL: "http://localhost:3000" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  test("production refuses to start without SITE_URL or COOKIE_SECRET, naming each variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(InvalidEnvironmentError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SITE_URL: is required in production/);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/COOKIE_SECRET: is required in production/);
    expect(() =>
      parseEnv({ NODE_ENV: "production", SITE_URL: "https://plusuite.com", COOKIE_SECRET: "short" }),
    ).toThrow(/COOKIE_SECRET/);
    const env = parseEnv({
      NODE_ENV: "production",
      SITE_URL: "https://plusuite.com/",
      COOKIE_SECRET: "x".repeat(32),
      DEMO_PAYMENTS: "1",
      TRUSTED_PROXY_HOPS: "1",
    });
    expect(env.SITE_URL).toBe("https://plusuite.com");
  });

  test("a payment gateway is configured completely or not at all, with keys of the right shape", () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_abc" })).toThrow(
      /STRIPE_WEBHOOK_SECRET: is required with STRIPE_SECRET_KEY/,
    );
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "pk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toThrow(
      /STRIPE_SECRET_KEY/,
    );
    expect(() => parseEnv({ PAYPAL_CLIENT_ID: "id" })).toThrow(
      /PAYPAL_CLIENT_SECRET.*\n.*PAYPAL_WEBHOOK_ID|PAYPAL_WEBHOOK_ID/s,
    );
    expect(() => parseEnv({ RESEND_API_KEY: "not-a-key" })).toThrow(/RESEND_API_KEY/);
    expect(parseEnv({ STRIPE_SECRET_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" }).STRIPE_SECRET_KEY).toBe(
      "sk_test_abc",
    );
  });

  test("malformed values are all reported at once", () => {
    const error = (() => {
      try {
        parseEnv({ DATABASE_URL: "mysql://x", SITE_URL: "not a url", DATABASE_POOL_SIZE: "0" });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/DATABASE_URL/);
    expect(error).toMatch(/SITE_URL/);
    expect(error).toMatch(/DATABASE_POOL_SIZE/);
  });

  test("SITE_URL must be http(s)", () => {
    expect(() => parseEnv({ SITE_URL: "ftp://plusuite.com" })).toThrow(/SITE_URL/);
  });
});

describe("production refuses what would make it unsafe (issue 10)", () => {
  const production = {
    NODE_ENV: "production",
    COOKIE_SECRET: "x".repeat(32),
    SITE_URL: "https://plusuite.com",
    TRUSTED_PROXY_HOPS: "1",
  };
  const stripe = { STRIPE_SECRET_KEY: "sk_live_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" };
  const paypal = { PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "secret", PAYPAL_WEBHOOK_ID: "WH1" };
  const message = (source: Record<string, string>) => {
    try {
      parseEnv(source);
      return "";
    } catch (error) {
      return (error as Error).message;
    }
  };

  test("P10: no payment gateway in production is refused unless demo payments are asked for explicitly", () => {
    expect(message(production)).toMatch(/DEMO_PAYMENTS: no payment gateway is configured/);
    expect(parseEnv({ ...production, DEMO_PAYMENTS: "1" }).DEMO_PAYMENTS).toBe("1");
    expect(() => parseEnv({ ...production, ...stripe })).not.toThrow();
    expect(() => parseEnv({ ...production, ...paypal })).not.toThrow();
    // Development keeps its demo mode without asking.
    expect(() => parseEnv({})).not.toThrow();
    // A build takes no payment: the check is made when the server starts.
    expect(() => parseEnv({ ...production, NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  test("P10: half a gateway never falls back to demo mode, and demo mode never runs beside a gateway", () => {
    const partials: Record<string, string>[] = [
      { STRIPE_WEBHOOK_SECRET: "whsec_abc" },
      { PAYPAL_CLIENT_SECRET: "secret", PAYPAL_WEBHOOK_ID: "WH1" },
      { PAYPAL_WEBHOOK_ID: "WH1" },
    ];
    for (const partial of partials) {
      expect(message({ ...production, DEMO_PAYMENTS: "1", ...partial })).toMatch(/is required with/);
      expect(message(partial)).toMatch(/is required with/);
    }
    expect(message({ ...production, ...stripe, DEMO_PAYMENTS: "1" })).toMatch(/DEMO_PAYMENTS: .*gateway is configured/);
    expect(message({ ...stripe, DEMO_PAYMENTS: "1" })).toMatch(/DEMO_PAYMENTS/);
    expect(message({ ...production, ...stripe, DEMO_PAYMENTS: "yes" })).toMatch(/DEMO_PAYMENTS/);
  });

  test("P12: an http:// SITE_URL is refused in production, except a loopback test server", () => {
    expect(message({ ...production, ...stripe, SITE_URL: "http://plusuite.com" })).toMatch(/SITE_URL: must be https/);
    for (const loopback of ["http://127.0.0.1:3100", "http://localhost:3000", "http://[::1]:3000"])
      expect(() => parseEnv({ ...production, ...stripe, SITE_URL: loopback })).not.toThrow();
    expect(message({ ...production, ...stripe, SITE_URL: "http://127.0.0.1.evil.example" })).toMatch(/SITE_URL/);
    expect(() => parseEnv({ SITE_URL: "http://shop.local:3000" })).not.toThrow();
  });

  test("P10: the test-only API base URLs are refused in production, except on a loopback test server", () => {
    const fakeStripe = { ...stripe, STRIPE_API_URL: "http://127.0.0.1:12111" };
    expect(message({ ...production, ...fakeStripe })).toMatch(/STRIPE_API_URL: is for tests only/);
    expect(() => parseEnv({ ...production, ...fakeStripe, SITE_URL: "http://127.0.0.1:3100" })).not.toThrow();

    for (const host of ["https://api-m.paypal.com", "https://api-m.sandbox.paypal.com/"])
      expect(() => parseEnv({ ...production, ...paypal, PAYPAL_API_URL: host })).not.toThrow();
    for (const other of [
      "http://api-m.paypal.com",
      "https://api-m.paypal.com.evil.example",
      "https://evil.example",
      "http://127.0.0.1:9999",
    ])
      expect(message({ ...production, ...paypal, PAYPAL_API_URL: other })).toMatch(/PAYPAL_API_URL/);
    expect(() =>
      parseEnv({
        ...production,
        ...paypal,
        PAYPAL_API_URL: "http://127.0.0.1:9999",
        SITE_URL: "http://localhost:3000",
      }),
    ).not.toThrow();
    // Development and tests may point anywhere.
    expect(() => parseEnv({ ...paypal, PAYPAL_API_URL: "http://127.0.0.1:9999" })).not.toThrow();
  });

  test("P12: a production server states TRUSTED_PROXY_HOPS (0 would make every per-address limit shop-wide)", () => {
    const unstated: Record<string, string> = { ...production, ...stripe };
    delete unstated.TRUSTED_PROXY_HOPS;
    expect(message(unstated)).toMatch(/TRUSTED_PROXY_HOPS: is required in production/);
    expect(parseEnv({ ...unstated, TRUSTED_PROXY_HOPS: "0" }).TRUSTED_PROXY_HOPS).toBe(0);
    // A loopback test server and the build itself need not.
    expect(() => parseEnv({ ...unstated, SITE_URL: "http://127.0.0.1:3100" })).not.toThrow();
    expect(() => parseEnv({ ...unstated, NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  test("P12: TRUSTED_PROXY_HOPS is a small whole number, 0 (directly exposed) by default", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ["-1", "1.5", "eleven", "11"])
      expect(message({ TRUSTED_PROXY_HOPS: bad })).toMatch(/TRUSTED_PROXY_HOPS/);
  });
});
