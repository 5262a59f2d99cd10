"use server";
// Signing in (password or e-mail link, P12, P13) and out. The password check, its rate limits and the one
// answer for an unknown address or a wrong password live in lib/auth/authorize.ts, the link rules in
// lib/auth/sign-in-link.ts, the cart merge (P16) in lib/auth/auth.ts (Auth.js's signIn event, for both ways);
// here: the forms and the redirects.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { resendVerificationOnSignIn } from "@/lib/accounts/sign-up";
import type { ActionContext } from "@/lib/actions/builder";
import { defineAction } from "@/lib/actions/define";
import { signIn, signOut } from "@/lib/auth/auth";
import { signInRefusal } from "@/lib/auth/config";
import { pendingPasswordProof } from "@/lib/auth/pending-password";
import { writePendingPasswordProof } from "@/lib/auth/pending-password-cookie";
import { signInFormSchema, signInLinkRequestSchema, signOutFormSchema } from "@/lib/auth/schemas";
import { revokeAllSessions, revokeSession } from "@/lib/auth/sessions";
import { limitEmailRequest, SIGN_IN_LINK_PROVIDER } from "@/lib/auth/sign-in-link";
import { forgetCart } from "@/lib/cart/session";
import { getEnv } from "@/lib/env";
import { safeReturnTo } from "./return-to";

/** The sign-in form: its "Se connecter" button signs in with the password, its link button asks for a link. */
export const signInAction = defineAction({
  access: "public",
  schema: signInFormSchema,
  handler: async (input, context) => {
    if (input.intent === "link") return emailSignInLink(input.email, input.returnTo, context);
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const refusal = signInRefusal(error);
      if (refusal.code === "unverified") {
        const { SITE_URL, COOKIE_SECRET } = getEnv();
        const account = await resendVerificationOnSignIn(context.db, input.email, SITE_URL, context.now);
        // The right password was typed here: the new link, opened in this browser, keeps it.
        if (account) await writePendingPasswordProof(pendingPasswordProof(account.userId, COOKIE_SECRET));
      }
      throw refusal;
    }
    redirect(safeReturnTo(input.returnTo) ?? `/${context.locale}/account`);
  },
});

/** "Send me a new link", on the pages a sign-in link leads to when it cannot be used. */
export const requestSignInLinkAction = defineAction({
  access: "public",
  schema: signInLinkRequestSchema,
  handler: (input, context) => emailSignInLink(input.email, input.returnTo, context),
});

/** Signs out this browser (or every session); its cart cookie goes too, so the next person here does not see it. */
export const signOutAction = defineAction({
  access: "public",
  schema: signOutFormSchema,
  handler: async (input, { db, user, locale, now }) => {
    if (user) {
      if (input.everywhere) await revokeAllSessions(db, user.id, now);
      else await revokeSession(db, user.id, user.sessionId, now);
    }
    await forgetCart();
    await signOut({ redirect: false });
    // e.g. back to an invitation link opened while signed in with another account
    redirect(safeReturnTo(input.returnTo) ?? `/${locale}`);
  },
});

/**
 * Rate-limited per address and per client (P12), then Auth.js's e-mail provider, which sends a link only to
 * an existing account: every address gets the same "check your e-mail" page.
 */
async function emailSignInLink(
  email: string,
  returnTo: string | undefined,
  { db, locale, now, ipKey }: ActionContext<"public">,
): Promise<never> {
  await limitEmailRequest(db, "signInLink", { email, ipKey }, getEnv().COOKIE_SECRET, now);
  const redirectTo = safeReturnTo(returnTo) ?? `/${locale}/account`;
  const next: string = await signIn(SIGN_IN_LINK_PROVIDER, { email, redirect: false, redirectTo });
  // Auth.js answers a failure (e.g. the database) with a link to its error page, not by throwing: that is
  // an error here, not a "check your e-mail".
  if (new URL(next, "http://localhost").searchParams.has("error")) throw new Error("The sign-in link was not sent");
  redirect(`/${locale}/sign-in/check-email`);
}
