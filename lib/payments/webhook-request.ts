// What both webhook endpoints do before looking at an event (P12): count the delivery against its client
// address, and read the body within a size limit. Both are cheap and come before any signature work.
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { clientIpKey } from "@/lib/security/client-ip";
import { hit, RATE_LIMITS, type RateLimitRule } from "@/lib/security/rate-limit";

/** Stripe and PayPal events are a few kilobytes; anything much larger is not one. */
export const WEBHOOK_BODY_LIMIT_BYTES = 256 * 1024;

/**
 * A 429 once the client address has sent more deliveries than `rule` allows (Retry-After tells the provider
 * when to come back; both retry for days), or null. Counted per provider, so one does not crowd out the other.
 */
export async function refuseWebhookFlood(
  db: Db,
  request: Request,
  context: { provider: "stripe" | "paypal"; env: Env; now: Date; rule?: RateLimitRule },
): Promise<Response | null> {
  const { env, provider, now } = context;
  const client = clientIpKey(request.headers, { trustedProxyHops: env.TRUSTED_PROXY_HOPS, secret: env.COOKIE_SECRET });
  const limit = await hit(db, `webhook:${provider}:ip:${client}`, context.rule ?? RATE_LIMITS.webhooksPerIp, now);
  if (limit.allowed) return null;
  return new Response(null, { status: 429, headers: { "retry-after": String(limit.retryAfterSeconds) } });
}

/**
 * The body as text, or null as soon as it passes `maxBytes`: read chunk by chunk, so neither a missing nor a
 * lying Content-Length gets a large body read whole.
 */
export async function readBodyWithin(request: Request, maxBytes = WEBHOOK_BODY_LIMIT_BYTES): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks)); // as Request.text() decodes it
}
