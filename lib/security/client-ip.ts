// The client's address as the per-IP limits count it (P12), decided here and only here.
//
// A client can write anything in X-Forwarded-For; only the entries our own proxies appended can be believed.
// Each trusted proxy appends the address it received the connection from, so with TRUSTED_PROXY_HOPS = N the
// client's address is the Nth entry from the right, whatever the client put before it.
//
// TRUSTED_PROXY_HOPS = 0 means the shop is reached directly. Next.js gives route handlers and server actions
// no socket address: `next start` copies it into X-Forwarded-For only when the request carries none
// (`??=` in next/dist/server/base-server.js, Next 16), so a client that sends the header chooses the value.
// With 0 hops the header is therefore ignored and every request is one shared client: the per-IP limits
// still hold, as limits on the whole shop (README, "Behind a proxy or load balancer").
//
// Never null: an address we cannot tell (no header, fewer entries than hops, not an address) is that one
// shared client too, so a limit is never skipped. IPv6 clients count by their /64, which one subscriber's
// router hands out freely; IPv4-mapped IPv6 ("::ffff:192.0.2.1") is the IPv4 address.
import { isIP } from "node:net";
import { getEnv } from "@/lib/env";
import { ipKey } from "./rate-limit";

/** The one shared client of every request whose address cannot be told. */
export const UNKNOWN_CLIENT_IP = "unknown";

/** The client's address, or UNKNOWN_CLIENT_IP, as reported by `trustedProxyHops` proxies of our own. */
export function clientIp(
  headers: Pick<Headers, "get">,
  trustedProxyHops: number = getEnv().TRUSTED_PROXY_HOPS,
): string {
  if (trustedProxyHops < 1) return UNKNOWN_CLIENT_IP;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
  if (hops.length < trustedProxyHops) return UNKNOWN_CLIENT_IP;
  return normalizeAddress(hops[hops.length - trustedProxyHops] ?? "") ?? UNKNOWN_CLIENT_IP;
}

/** The keyed hash the limits count under (P18: the address itself is never stored). */
export function clientIpKey(
  headers: Pick<Headers, "get">,
  options: { trustedProxyHops: number; secret: string },
): string {
  return ipKey(clientIp(headers, options.trustedProxyHops), options.secret);
}

/** One spelling per client: no port, IPv4-mapped IPv6 as IPv4, IPv6 as its /64; null for anything else. */
function normalizeAddress(entry: string): string | null {
  const address = entry.replace(/^\[([^\]]+)\](?::\d+)?$/, "$1").replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, "$1");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1] && isIP(mapped[1]) === 4) return mapped[1];
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
    default:
      return null;
  }
}

/** The eight groups of a valid IPv6 address, without leading zeros ("2001:db8:0:0:0:0:0:1"). */
export function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail ("::1.2.3.4") takes two groups; only the first four groups matter here anyway.
  const rightGroups = right.flatMap((group) => (group.includes(".") ? ["0", "0"] : [group]));
  const zeros = tail === undefined ? [] : Array(8 - left.length - rightGroups.length).fill("0");
  return [...left, ...zeros, ...rightGroups].map((group) => group.replace(/^0+(?=.)/, ""));
}
