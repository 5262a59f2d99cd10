"use server";
// Signing in (password or e-mail link) and out. The password check, its rate limits and the uniform error
// live in lib/auth/authorize.ts, the link rules in lib/auth/sign-in-link.ts, the cart merge (P16) in
// lib/auth/auth.ts (Auth.js's signIn event, for both ways); here: the forms and the redirects.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { formLocale, formText } from "@/lib/forms";
import { resendVerificationEmail } from "@/lib/accounts/registration";
import { emailRequestSchema } from "@/lib/accounts/schemas";
import { auth, signIn, signOut } from "@/lib/auth/auth";
import { revokeAllSessions, revokeSession } from "@/lib/auth/sessions";
import { allowEmailRequest, clientIp, SIGN_IN_LINK_PROVIDER } from "@/lib/auth/sign-in-link";
import { CART_COOKIE } from "@/lib/cart/cookie";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { hit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { safeReturnTo } from "./return-to";

export type SignInState = {
  email?: string;
  error?: "invalid" | "limited" | "unverified" | "linkEmailInvalid" | "linkLimited";
};

/** The sign-in form: its "Se connecter" button signs in with the password, its link button asks for a link. */
export async function signInAction(previous: SignInState, form: FormData): Promise<SignInState> {
  if (formText(form, "intent") === "link") return requestSignInLinkAction(previous, form);
  const locale = formLocale(form);
  const email = formText(form, "email", 254);
  const returnTo = safeReturnTo(formText(form, "returnTo"));
  try {
    await signIn("credentials", { email, password: formText(form, "password", 200), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      if (code === "unverified") await sendNewVerificationLink(email);
      return { email, error: code === "limited" || code === "unverified" ? code : "invalid" };
    }
    throw error;
  }
  redirect(returnTo ?? `/${locale}/account`);
}

/**
 * "Recevoir un lien de connexion par e-mail": rate-limited per address and per IP (P12), then Auth.js's
 * e-mail provider, which sends a link only to an existing account. Every address gets the same answer.
 */
export async function requestSignInLinkAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = formLocale(form);
  const typed = formText(form, "email", 254);
  const parsed = emailRequestSchema.safeParse({ email: typed });
  if (!parsed.success) return { email: typed, error: "linkEmailInvalid" };
  const { email } = parsed.data;
  const allowed = await allowEmailRequest(
    db,
    "signInLink",
    { email, ip: clientIp(await headers()) },
    getEnv().COOKIE_SECRET,
    new Date(),
  );
  if (!allowed) return { email: typed, error: "linkLimited" };
  const redirectTo = safeReturnTo(formText(form, "returnTo")) ?? `/${locale}/account`;
  const next: string = await signIn(SIGN_IN_LINK_PROVIDER, { email, redirect: false, redirectTo });
  // Auth.js answers a failure (e.g. the database) with a link to its error page, not by throwing: that is
  // an error here, not a "check your e-mail".
  if (new URL(next, "http://localhost").searchParams.has("error")) throw new Error("The sign-in link was not sent");
  redirect(`/${locale}/sign-in/check-email`);
}

/** Signs out this browser; its cart cookie goes too, so the next person here does not see the customer's cart. */
export async function signOutAction(form: FormData): Promise<void> {
  const locale = formLocale(form);
  const session = await auth();
  if (session?.user?.id) {
    const now = new Date();
    if (formText(form, "everywhere") === "1") await revokeAllSessions(db, session.user.id, now);
    else await revokeSession(db, session.user.id, session.sessionId, now);
  }
  (await cookies()).delete(CART_COOKIE);
  await signOut({ redirect: false });
  // e.g. back to an invitation link opened while signed in with another account
  redirect(safeReturnTo(formText(form, "returnTo")) ?? `/${locale}`);
}

/** The right password on an unverified account: the way to get a new link (rate-limited per account). */
async function sendNewVerificationLink(email: string): Promise<void> {
  const now = new Date();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) return;
  const limit = await hit(db, `email-link:${user.id}`, RATE_LIMITS.emailLinkPerAccount, now);
  if (limit.allowed) await resendVerificationEmail(db, user.id, getEnv().SITE_URL, now);
}
