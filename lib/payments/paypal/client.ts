// The one way this app talks to PayPal's REST API: an OAuth access token (client credentials, cached)
// and an authenticated fetch with a timeout. Plain fetch, not PayPal's SDK: docs/decisions/0008.
// An unreachable or failing PayPal (network, timeout, 5xx, 429) becomes PaymentProviderUnavailableError;
// any other status is handed back to the caller, who knows which answers it expects.
import "server-only";
import { z } from "zod";
import type { PayPalConfig } from "@/lib/payments/config";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";

export type PayPalDeps = {
  fetch?: typeof fetch;
  /** Per request; past it the provider counts as unavailable. */
  timeoutMs?: number;
};

/**
 * Per request. A shopper's capture is one request (the token is cached), so they wait about 10 s at most
 * before "the payment service is not answering". A capture that timed out here may have succeeded at PayPal:
 * the retry (same PayPal-Request-Id), the webhook or lib/payments/reconcile.ts settles it.
 */
export const PAYPAL_TIMEOUT_MS = 10_000;

/** A 4xx answer from PayPal other than the ones its caller handles. Holds PayPal's error name and issue, never a payload. */
export class PayPalApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string | undefined,
    readonly issue: string | undefined,
    readonly debugId: string | undefined,
    what: string,
  ) {
    super(
      `PayPal ${what}: HTTP ${status} ${errorName ?? ""} ${issue ?? ""} (debug_id ${debugId ?? "none"})`.replace(
        /\s+/g,
        " ",
      ),
    );
    this.name = "PayPalApiError";
  }
}

export type PayPalResponse = { status: number; body: unknown };

const errorBodySchema = z
  .object({
    name: z.string().optional(),
    debug_id: z.string().optional(),
    details: z.array(z.object({ issue: z.string().optional() })).optional(),
  })
  .loose();

/** PayPal's error name, first issue (e.g. ORDER_ALREADY_CAPTURED) and debug id, when the body has them. */
export function errorInfo(body: unknown): { name?: string; issue?: string; debugId?: string } {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return {};
  return { name: parsed.data.name, issue: parsed.data.details?.[0]?.issue, debugId: parsed.data.debug_id };
}

/** The error to throw for an answer the caller did not expect. */
export function apiError(response: PayPalResponse, what: string): PayPalApiError {
  const info = errorInfo(response.body);
  return new PayPalApiError(response.status, info.name, info.issue, info.debugId, what);
}

/**
 * One HTTP call to PayPal. Network failures, timeouts, 5xx and 429 become PaymentProviderUnavailableError;
 * any other status is returned for the caller to interpret.
 */
async function send(
  config: PayPalConfig,
  method: "GET" | "POST",
  path: string,
  init: { headers: Record<string, string>; body?: string },
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<PayPalResponse> {
  // Ids are left out of what is logged.
  const what = `${method} ${path.replace(/\/[A-Z0-9-]{6,}(?=\/|$)/g, "/:id")}`;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(`${config.apiUrl}${path}`, {
      method,
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new PaymentProviderUnavailableError("paypal", `${what}: ${timedOut ? "timeout" : "network error"}`, {
      cause: error,
    });
  }
  if (response.status >= 500 || response.status === 429) {
    throw new PaymentProviderUnavailableError("paypal", `${what}: HTTP ${response.status}`);
  }
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      // A proxy's HTML error page, say: treated as an empty body and judged by its status.
    }
  }
  return { status: response.status, body };
}

type TokenEntry = { token: string; expiresAt: number };
const tokenCache = new Map<string, TokenEntry>();
/** A cached token is renewed this long before PayPal says it expires (or at half its life if shorter). */
const TOKEN_MARGIN_MS = 5 * 60_000;

// Keyed by API URL too, so a sandbox token is never sent to the live API.
function tokenCacheKey(config: PayPalConfig): string {
  return `${config.apiUrl}\n${config.clientId}`;
}

/** Forgets cached access tokens (tests, or after a credentials change). */
export function clearPayPalTokenCache(): void {
  tokenCache.clear();
}

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

/** An OAuth access token (client credentials), cached per client id until shortly before it expires. */
export async function getPayPalAccessToken(
  config: PayPalConfig,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = PAYPAL_TIMEOUT_MS,
): Promise<string> {
  const key = tokenCacheKey(config);
  const cached = tokenCache.get(key);
  if (cached && cached.expiresAt > Date.now()) return cached.token;

  const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString("base64");
  const { status, body } = await send(
    config,
    "POST",
    "/v1/oauth2/token",
    {
      headers: {
        Authorization: `Basic ${basic}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: "grant_type=client_credentials",
    },
    fetchImpl,
    timeoutMs,
  );
  const parsed = tokenSchema.safeParse(body);
  if (status !== 200 || !parsed.success) {
    const info = errorInfo(body);
    throw new PayPalApiError(
      status,
      info.name ?? (body as { error?: string } | null)?.error,
      info.issue,
      info.debugId,
      "oauth2/token",
    );
  }
  const lifetimeMs = parsed.data.expires_in * 1000;
  const margin = Math.min(TOKEN_MARGIN_MS, lifetimeMs / 2);
  tokenCache.set(key, { token: parsed.data.access_token, expiresAt: Date.now() + lifetimeMs - margin });
  return parsed.data.access_token;
}

export type PayPalCallOptions = {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, for a body that must reach PayPal byte for byte (webhook verification). */
  rawJson?: string;
  /** PayPal-Request-Id: PayPal answers a repeated write with the same id with its first result. */
  requestId?: string;
  /** Prefer: return=representation, for the full resource in the answer. */
  representation?: boolean;
};

/** An authenticated call; a 401 (token revoked early) drops the cached token and is retried once. */
export async function callApi(
  config: PayPalConfig,
  method: "GET" | "POST",
  path: string,
  options: PayPalCallOptions,
  deps: PayPalDeps,
): Promise<PayPalResponse> {
  const fetchImpl = deps.fetch ?? fetch;
  const timeoutMs = deps.timeoutMs ?? PAYPAL_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    const token = await getPayPalAccessToken(config, fetchImpl, timeoutMs);
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    const body = options.rawJson ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (options.requestId) headers["PayPal-Request-Id"] = options.requestId;
    if (options.representation) headers.Prefer = "return=representation";
    const response = await send(config, method, path, { headers, body }, fetchImpl, timeoutMs);
    if (response.status === 401 && attempt === 0) {
      tokenCache.delete(tokenCacheKey(config));
      continue;
    }
    return response;
  }
}
