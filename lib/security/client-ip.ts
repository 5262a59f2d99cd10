// The client's IP address, as the rate limits (P12) count it. Behind our reverse proxy the connection comes
// from the proxy, so the address is read from X-Forwarded-For ("client, proxy1, proxy2"). Which entry of
// that list to believe is decided here and only here: every caller goes through clientIp.

/** The client's address as our reverse proxy reports it (the first of X-Forwarded-For), or null. */
export function clientIp(headers: Pick<Headers, "get">): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
  return hops[0] || null;
}
