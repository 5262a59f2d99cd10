"use server";
// "Mot de passe oublié" (P12, P13): the same confirmation whatever the address, a reset e-mail only for an
// existing account (lib/accounts/registration.ts), requests rate-limited per address and per IP.
import { headers } from "next/headers";
import { formText } from "@/lib/forms";
import { requestPasswordReset } from "@/lib/accounts/registration";
import { passwordResetRequestSchema } from "@/lib/accounts/schemas";
import { allowEmailRequest, clientIp } from "@/lib/auth/sign-in-link";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";

export type ForgotPasswordState = { email?: string; sent?: boolean; error?: "email" | "limited" };

export async function requestPasswordResetAction(
  _previous: ForgotPasswordState,
  form: FormData,
): Promise<ForgotPasswordState> {
  const typed = formText(form, "email", 254);
  const parsed = passwordResetRequestSchema.safeParse({ email: typed });
  if (!parsed.success) return { email: typed, error: "email" };
  const env = getEnv();
  const now = new Date();
  const ip = clientIp(await headers());
  if (!(await allowEmailRequest(db, "passwordReset", { email: parsed.data.email, ip }, env.COOKIE_SECRET, now))) {
    return { email: typed, error: "limited" };
  }
  await requestPasswordReset(db, parsed.data.email, env.SITE_URL, now);
  return { email: typed, sent: true };
}
