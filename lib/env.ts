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
    /** Signs the cart cookie (and later sessions): 32+ random characters, required in production. */
    COOKIE_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),

    // Payments: with neither Stripe nor PayPal configured, the shop runs in demo payment mode.
    STRIPE_SECRET_KEY: optionalText.pipe(
      z
        .string()
        .regex(/^(sk|rk)_(test|live)_\w+$/, "must look like sk_test_… or sk_live_…")
        .optional(),
    ),
    STRIPE_WEBHOOK_SECRET: optionalText.pipe(
      z
        .string()
        .regex(/^whsec_\w+$/, "must look like whsec_…")
        .optional(),
    ),
    /** Tests only: a local Stripe fake, e.g. http://127.0.0.1:12111 */
    STRIPE_API_URL: optionalText.pipe(z.url().optional()),
    PAYPAL_CLIENT_ID: optionalText,
    PAYPAL_CLIENT_SECRET: optionalText,
    PAYPAL_WEBHOOK_ID: optionalText,
    /** https://api-m.paypal.com (live) or https://api-m.sandbox.paypal.com (default) */
    PAYPAL_API_URL: optionalText.pipe(z.url().optional()),

    // E-mail: without RESEND_API_KEY, e-mails stay in the outbox (viewable at /dev/outbox outside production).
    RESEND_API_KEY: optionalText.pipe(
      z
        .string()
        .regex(/^re_\w+$/, "must look like re_…")
        .optional(),
    ),
    EMAIL_FROM: optionalText.pipe(z.string().max(200).optional()),
    /** Shows the e-mail outbox page in a production build too (test and demo servers only). */
    DEV_OUTBOX: optionalText.pipe(z.enum(["0", "1"]).optional()),
  })
  .superRefine((env, ctx) => {
    const require = (name: keyof typeof env, why: string) => {
      if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: why });
    };
    if (env.NODE_ENV === "production") {
      require("SITE_URL", "is required in production (the shop's public origin, e.g. https://plusuite.com)");
      require("COOKIE_SECRET", "is required in production (32+ random characters, e.g. openssl rand -base64 32)");
    }
    if (env.STRIPE_SECRET_KEY) require("STRIPE_WEBHOOK_SECRET", "is required with STRIPE_SECRET_KEY");
    if (env.PAYPAL_CLIENT_ID) {
      require("PAYPAL_CLIENT_SECRET", "is required with PAYPAL_CLIENT_ID");
      require("PAYPAL_WEBHOOK_ID", "is required with PAYPAL_CLIENT_ID");
    }
  });

export type Env = z.infer<typeof schema> & { SITE_URL: string; COOKIE_SECRET: string };

/** Development only: a fixed secret so that carts survive restarts of `next dev`. */
const DEVELOPMENT_COOKIE_SECRET = "plusuite-development-cookie-secret-not-for-production";

export class InvalidEnvironmentError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".") || "environment"}: ${issue.message}`,
    );
    throw new InvalidEnvironmentError(`PluSuite cannot start: invalid configuration.\n${problems.join("\n")}`);
  }
  return {
    ...result.data,
    SITE_URL: (result.data.SITE_URL ?? "http://localhost:3000").replace(/\/$/, ""),
    COOKIE_SECRET: result.data.COOKIE_SECRET ?? DEVELOPMENT_COOKIE_SECRET,
  };
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
