// Route handlers answer 503 with Retry-After when the database cannot be reached (issue 14: PostgreSQL
// restarted under load), and let every other error through.
import { describe, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { orUnavailable, RETRY_AFTER_SECONDS } from "@/lib/http/unavailable";

describe("orUnavailable", () => {
  test("a database that cannot be reached: 503, Retry-After, not cached", async () => {
    const handler = orUnavailable(async () => {
      throw new Prisma.PrismaClientKnownRequestError("Can't reach database server", {
        code: "P1001",
        clientVersion: "6.19.3",
      });
    });
    const response = await handler();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "unavailable" });
  });

  test("the handler's own answer, and any other error, go through", async () => {
    expect((await orUnavailable(async (status: number) => new Response(null, { status }))(202)).status).toBe(202);
    await expect(
      orUnavailable(async () => {
        throw new Error("a bug");
      })(),
    ).rejects.toThrow("a bug");
  });
});
