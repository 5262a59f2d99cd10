import "server-only";
// Auth.js wired to Next.js: the configuration itself is lib/auth/config.ts (password and e-mail link
// sign-in, revocable JWT sessions); here are the request-bound parts (headers, cookies, the database).
import { headers } from "next/headers";
import NextAuth from "next-auth";
import { attachCartToUser } from "@/lib/cart/cart";
import { readCartId, writeCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { buildAuthConfig } from "./config";
import { readPendingPasswordProof } from "./pending-password-cookie";
import { localeOfPath } from "./sign-in-link";

export const { handlers, auth, signIn, signOut } = NextAuth((request) =>
  buildAuthConfig({
    db,
    env: getEnv(),
    now: () => new Date(),
    // Auth.js's own redirects (e.g. an expired link) speak the language of the page the link leads back to.
    locale: localeOfPath(request ? new URL(request.url).searchParams.get("callbackUrl") : null),
    userAgent: async () => (await headers()).get("user-agent"),
    afterSignIn: mergeGuestCart,
    pendingPasswordProof: readPendingPasswordProof,
  }),
);

/**
 * P16: the cart filled before signing in is kept. Runs inside Auth.js's sign-in, for a password (server
 * action) and a link (route handler) alike; the cookie set here reaches the browser in both cases.
 */
async function mergeGuestCart(userId: string): Promise<void> {
  const cartId = await attachCartToUser(db, await readCartId(), userId);
  if (cartId) await writeCartId(cartId);
}
