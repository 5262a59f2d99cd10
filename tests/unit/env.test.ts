import { describe, expect, test } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "@/lib/env";

describe("configuration", () => {
  test("development needs nothing: embedded database, local site URL", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", SITE_URL: "http://localhost:3000" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  test("production refuses to start without SITE_URL, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(InvalidEnvironmentError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SITE_URL: is required in production/);
    expect(parseEnv({ NODE_ENV: "production", SITE_URL: "https://plusuite.com/" }).SITE_URL).toBe("https://plusuite.com");
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
