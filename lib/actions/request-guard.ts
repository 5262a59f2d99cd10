// The first gate of a server action request, in proxy.ts, for the two cases Next.js itself answers with a
// 500 before any action runs: an Origin that is not the shop's (Next compares it with Host and fails the
// request) and a body above the configured limit. A missing Origin is let through: Next only warns, and the
// action builder then refuses it with a typed answer ("origin").

/**
 * Must match `experimental.serverActions.bodySizeLimit` in next.config.ts: a 1 MB text still reaches the builder,
 * and so does a product photo of up to 5 MB (lib/admin/catalogue/images.ts) with its form.
 */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

export type ActionRequestRefusal = { status: 403 | 413; reason: string };

export function refuseActionRequest(
  request: { method: string; headers: Pick<Headers, "get"> },
  allowedOrigins: readonly string[],
): ActionRequestRefusal | null {
  if (request.method !== "POST" || !request.headers.get("next-action")) return null;
  const origin = request.headers.get("origin");
  if (origin !== null && !allowedOrigins.includes(origin)) {
    return { status: 403, reason: "This form was not sent from the shop's own pages." };
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, reason: "This request is too large." };
  }
  return null;
}
