// Stands in for the shop's proxy.ts, which Turbopack would otherwise build into this app (see instrumentation.ts);
// it matches no page, so the reference's requests never go through it.
export function proxy() {}

export const config = { matcher: "/reference-has-no-proxy" };
