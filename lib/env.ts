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
    /** https://api-m.paypal.com (live) or https://api-m.sandbox.paypal.com (default); tests: a local PayPal fake */
    PAYPAL_API_URL: optionalText.pipe(z.url().optional()),
    /** "1": take orders without charging anyone (demo and test servers); production refuses to start without a gateway otherwise. */
    DEMO_PAYMENTS: optionalText.pipe(z.enum(["0", "1"], "must be 1 (or unset)").optional()),
    /**
     * How many proxies of our own stand in front of the server, each appending to X-Forwarded-For: the client's
     * address is the entry that many places from the right (lib/security/client-ip.ts). 0: reached directly.
     * Outside production it defaults to 0; a production server states it (README, "Behind a proxy").
     */
    TRUSTED_PROXY_HOPS: optionalText.pipe(z.coerce.number<string | undefined>().int().min(0).max(10).optional()),
    /** Set by `next build`: a build takes no payment, so the payment check waits for the server to start. */
    NEXT_PHASE: optionalText,

    // E-mail: without RESEND_API_KEY, e-mails stay in the outbox (viewable at /dev/outbox outside production).
    RESEND_API_KEY: optionalText.pipe(
      z
        .string()
        .regex(/^re_\w+$/, "must look like re_…")
        .optional(),
    ),
    EMAIL_FROM: optionalText.pipe(z.string().max(200).optional()),
    /** Where product photos uploaded in the back office are written (served at /media/…); default .data/uploads. */
    UPLOAD_DIR: optionalText,
    /** Shows the e-mail outbox page in a production build too (test and demo servers only). */
    DEV_OUTBOX: optionalText.pipe(z.enum(["0", "1"]).optional()),
    /**
     * Tidio's public key, the <key> of its embed code https://code.tidio.co/<key>.js: the support chat, loaded
     * only after consent (P11). Unset: the chat launcher points to the contact page. It goes into a script URL,
     * hence the check.
     */
    TIDIO_PUBLIC_KEY: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9]{16,64}$/, "must be Tidio's public key (letters and digits)")
        .optional(),
    ),
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
    checkPayments(env, ctx);
  });

export type Env = z.infer<typeof schema> & {
  SITE_URL: string;
  COOKIE_SECRET: string;
  TRUSTED_PROXY_HOPS: number;
  UPLOAD_DIR: string;
};

/** PayPal's live and sandbox API hosts: PAYPAL_API_URL may name nothing else in production. */
const PAYPAL_API_HOSTS = ["api-m.paypal.com", "api-m.sandbox.paypal.com"];

/** Host names of this machine: the e2e and CI servers, and the aliases `next dev` is opened as. */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** A server on this machine (the e2e and CI servers): the only production that may run on http or against fakes. */
function isLoopbackUrl(url: string | undefined): boolean {
  return url ? LOOPBACK_HOSTS.includes(new URL(url).hostname) : false;
}

/**
 * Issue 10, items 2 and 11: half a gateway is refused (it would fall back to demo mode); in production, demo
 * payments need DEMO_PAYMENTS=1, SITE_URL needs https (cookies keep Secure and __Host-), and the API base
 * URLs that point the shop at fakes are refused, all except on a loopback test server.
 */
function checkPayments(env: z.infer<typeof schema>, ctx: z.RefinementCtx): void {
  const issue = (name: keyof typeof env, message: string) => ctx.addIssue({ code: "custom", path: [name], message });
  if (env.STRIPE_WEBHOOK_SECRET && !env.STRIPE_SECRET_KEY)
    issue("STRIPE_SECRET_KEY", "is required with STRIPE_WEBHOOK_SECRET");
  if (!env.PAYPAL_CLIENT_ID && (env.PAYPAL_CLIENT_SECRET || env.PAYPAL_WEBHOOK_ID))
    issue("PAYPAL_CLIENT_ID", "is required with PAYPAL_CLIENT_SECRET and PAYPAL_WEBHOOK_ID");
  const gateway = Boolean(env.STRIPE_SECRET_KEY || env.PAYPAL_CLIENT_ID);
  if (gateway && env.DEMO_PAYMENTS === "1")
    issue("DEMO_PAYMENTS", "must be unset when a payment gateway is configured (demo orders are not charged)");
  if (env.NODE_ENV !== "production") return;

  if (!gateway && env.DEMO_PAYMENTS !== "1" && env.NEXT_PHASE !== "phase-production-build")
    issue(
      "DEMO_PAYMENTS",
      "no payment gateway is configured: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET, or the PAYPAL_ variables, " +
        "or DEMO_PAYMENTS=1 for a demo or test server whose orders are never charged",
    );
  const testServer = isLoopbackUrl(env.SITE_URL);
  if (env.SITE_URL?.startsWith("http://") && !testServer)
    issue("SITE_URL", "must be https in production (cookies would lose Secure and __Host-), except on 127.0.0.1");
  // With 0 hops every per-address limit is shop-wide (lib/security/client-ip.ts): a choice to make knowingly.
  if (env.TRUSTED_PROXY_HOPS === undefined && !testServer && env.NEXT_PHASE !== "phase-production-build")
    issue(
      "TRUSTED_PROXY_HOPS",
      "is required in production: how many proxies of your own stand in front of the shop (1 behind one reverse proxy " +
        "or load balancer, 0 if reached directly: per-address limits then apply to the whole shop)",
    );
  if (env.STRIPE_API_URL && !testServer) issue("STRIPE_API_URL", "is for tests only: unset it in production");
  if (env.PAYPAL_API_URL && !testServer) {
    const url = new URL(env.PAYPAL_API_URL);
    if (url.protocol !== "https:" || !PAYPAL_API_HOSTS.includes(url.hostname))
      issue("PAYPAL_API_URL", `must be https://${PAYPAL_API_HOSTS.join(" or https://")} in production`);
  }
}

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
    TRUSTED_PROXY_HOPS: result.data.TRUSTED_PROXY_HOPS ?? 0,
    UPLOAD_DIR: result.data.UPLOAD_DIR ?? ".data/uploads",
  };
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
