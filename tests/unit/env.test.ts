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
    const env = parseEnv({ NODE_ENV: "production", SITE_URL: "https://plusuite.com/", COOKIE_SECRET: "x".repeat(32) });
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
