"use server";
// Signing in and out. The password check, its rate limits and the uniform error live in
// lib/auth/authorize.ts (called by Auth.js); here: the form, the cart merge (P16) and the redirect.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { z } from "zod";
import { auth, signIn, signOut } from "@/lib/auth/auth";
import { revokeAllSessions, revokeSession } from "@/lib/auth/sessions";
import { resendVerificationEmail } from "@/lib/accounts/registration";
import { attachCartToUser } from "@/lib/cart/cart";
import { CART_COOKIE } from "@/lib/cart/cookie";
import { readCartId, writeCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { formLocale } from "@/lib/i18n/form";
import { hit, RATE_LIMITS } from "@/lib/security/rate-limit";

export type SignInState = { email?: string; error?: "invalid" | "limited" | "unverified" };

const returnToSchema = z
  .string()
  .regex(/^\/(fr|en)\/[\w\-/]*$/)
  .optional();

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = formLocale(form);
  const email = String(form.get("email") ?? "").slice(0, 254);
  const returnTo = returnToSchema.safeParse(form.get("returnTo") || undefined).data;
  try {
    await signIn("credentials", { email, password: String(form.get("password") ?? "").slice(0, 200), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      if (code === "unverified") await sendNewVerificationLink(email);
      return { email, error: code === "limited" || code === "unverified" ? code : "invalid" };
    }
    throw error;
  }
  const user = await db.user.findUniqueOrThrow({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  const cartId = await attachCartToUser(db, await readCartId(), user.id);
  if (cartId) await writeCartId(cartId);
  redirect(returnTo ?? `/${locale}/account`);
}

/** Signs out this browser; its cart cookie goes too, so the next person here does not see the customer's cart. */
export async function signOutAction(form: FormData): Promise<void> {
  const locale = formLocale(form);
  const session = await auth();
  if (session?.user?.id) {
    const now = new Date();
    if (form.get("everywhere") === "1") await revokeAllSessions(db, session.user.id, now);
    else await revokeSession(db, session.user.id, session.sessionId, now);
  }
  (await cookies()).delete(CART_COOKIE);
  await signOut({ redirect: false });
  redirect(`/${locale}`);
}

/** The right password on an unverified account: the way to get a new link (rate-limited per account). */
async function sendNewVerificationLink(email: string): Promise<void> {
  const now = new Date();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) return;
  const limit = await hit(db, `email-link:${user.id}`, RATE_LIMITS.emailLinkPerAccount, now);
  if (limit.allowed) await resendVerificationEmail(db, user.id, getEnv().SITE_URL, now);
}
