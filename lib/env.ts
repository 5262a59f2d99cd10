// All configuration, read and validated in one place. `getEnv()` throws one readable message listing
// every problem; instrumentation.ts calls it when the server starts, so a misconfigured production
// server refuses to start instead of failing on the first request.
import { z } from "zod";
import { resolveDatabaseTarget } from "@/lib/db/connection";

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Empty or pglite:<dir> for the embedded database, postgres://… for PostgreSQL. */
    DATABASE_URL: optionalText.superRefine((value, ctx) => {
      try {
        resolveDatabaseTarget(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Public origin of the shop, used for canonical links, Open Graph and e-mails. */
    SITE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SITE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["SITE_URL"],
        message: "is required in production (the shop's public origin, e.g. https://plusuite.com)",
      });
    }
  });

export type Env = z.infer<typeof schema> & { SITE_URL: string };

export class InvalidEnvironmentError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "environment"}: ${issue.message}`);
    throw new InvalidEnvironmentError(`PluSuite cannot start: invalid configuration.\n${problems.join("\n")}`);
  }
  return { ...result.data, SITE_URL: (result.data.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "") };
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
