import "server-only";
// The action builder wired to Next.js: request headers, the Auth.js session, the shared database client and
// the real clock. `app/**/actions.ts` files build every export with `defineAction` (a structural test checks it).
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, secondFactorPath } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientIpKey } from "@/lib/security/client-ip";
import { createActionBuilder } from "./builder";
import { allowedOrigins } from "./origins";

export const defineAction = createActionBuilder({
  db,
  now: () => new Date(),
  headers,
  currentUser: getCurrentUser,
  allowedOrigins: () => allowedOrigins(getEnv()),
  // A request whose address is unknown is still counted (under one shared key), never let through.
  clientIpKey: (requestHeaders) =>
    clientIpKey(requestHeaders, { trustedProxyHops: getEnv().TRUSTED_PROXY_HOPS, secret: getEnv().COOKIE_SECRET }),
  refuseSignedOut: (locale, returnTo) =>
    redirect(`/${locale}/sign-in${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""}`),
  // The same 404 as an unknown page: no hint that the action exists.
  refuseNotAdmin: () => notFound(),
  refuseWithoutSecondFactor: (locale) => redirect(secondFactorPath(locale)),
});
