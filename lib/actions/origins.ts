// The origins a browser may post a server action from.
import { LOOPBACK_HOSTS, type Env } from "@/lib/env";

/**
 * SITE_URL's origin; in development also the loopback aliases on the same port, since `next dev` is opened as
 * localhost, 127.0.0.1 or [::1] alike (next.config.ts allows them as dev origins too).
 */
export function allowedOrigins(env: Pick<Env, "SITE_URL" | "NODE_ENV">): string[] {
  const site = new URL(env.SITE_URL);
  if (env.NODE_ENV === "production" || !LOOPBACK_HOSTS.includes(site.hostname)) return [site.origin];
  return LOOPBACK_HOSTS.map((host) => `${site.protocol}//${host}${site.port ? `:${site.port}` : ""}`);
}
