"use server";
// Profile (P2, P13), e-mail change and password change of Mon compte. Each export is a public POST
// endpoint: each one checks the session first, then validates, then calls lib/accounts with the user's id.
import {
  changePasswordWithLimit,
  profileFormValues,
  profileSchema,
  profileValues,
  requestEmailChangeWithLimit,
  updateProfile,
  type ProfileValues,
} from "@/lib/accounts/profile";
import { emailChangeSchema, passwordChangeSchema } from "@/lib/accounts/schemas";
import { requireUser } from "@/lib/auth/current-user";
import { fieldErrors } from "@/lib/checkout/form";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { formLocale, formText, postedForm } from "@/lib/forms";

/** `attempt` remounts the form on each answer, so that every field starts from the values sent back. */
export type ProfileState = {
  attempt?: number;
  values?: ProfileValues;
  fieldErrors?: Record<string, string>;
  saved?: boolean;
};

/** Message keys under "Registration.errors" (the e-mail and password forms share them with sign-up). */
export type CredentialsState = {
  attempt?: number;
  newEmail?: string;
  fieldErrors?: Record<string, string>;
  limitedMinutes?: number;
  sentTo?: string;
  revokedSessions?: number;
};

const nextAttempt = (previous: { attempt?: unknown } | undefined) =>
  (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;

export async function updateProfileAction(previous: ProfileState, posted: unknown): Promise<ProfileState> {
  const locale = formLocale(posted);
  const user = await requireUser(locale);
  const form = postedForm(posted);
  const attempt = nextAttempt(previous);
  const values = profileFormValues(form);
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return { attempt, values, fieldErrors: fieldErrors(parsed.error, PROFILE_MESSAGES) };
  const saved = await updateProfile(db, user.id, parsed.data, new Date());
  // Sent back as stored: the phone reappears split and formatted the way a reload shows it.
  return { attempt, values: profileValues(saved), saved: true };
}

export async function changeEmailAction(previous: CredentialsState, posted: unknown): Promise<CredentialsState> {
  const locale = formLocale(posted);
  const user = await requireUser(locale);
  const form = postedForm(posted);
  const attempt = nextAttempt(previous);
  const newEmail = formText(form, "newEmail");
  const parsed = emailChangeSchema.safeParse({ newEmail, currentPassword: formText(form, "currentPassword") });
  if (!parsed.success) return { attempt, newEmail, fieldErrors: fieldErrors(parsed.error, CREDENTIALS_MESSAGES) };

  const now = new Date();
  const result = await requestEmailChangeWithLimit(db, user.id, parsed.data, { now, siteUrl: getEnv().SITE_URL });
  switch (result.status) {
    case "sent":
      return { attempt, sentTo: parsed.data.newEmail };
    case "limited":
      return { attempt, newEmail, limitedMinutes: Math.ceil(result.retryAfterSeconds / 60) };
    case "wrongPassword":
      return { attempt, newEmail, fieldErrors: { currentPassword: "wrongPassword" } };
    case "invalidEmail":
      return { attempt, newEmail, fieldErrors: { newEmail: "email" } };
    default:
      return { attempt, newEmail, fieldErrors: { newEmail: result.status } };
  }
}

export async function changePasswordAction(previous: CredentialsState, posted: unknown): Promise<CredentialsState> {
  const locale = formLocale(posted);
  const user = await requireUser(locale);
  const form = postedForm(posted);
  const attempt = nextAttempt(previous);
  // Passwords are never sent back to the browser, even when the form has an error.
  const input = { currentPassword: formText(form, "currentPassword"), newPassword: formText(form, "newPassword") };
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) return { attempt, fieldErrors: fieldErrors(parsed.error, CREDENTIALS_MESSAGES) };

  const result = await changePasswordWithLimit(db, user.id, parsed.data, {
    now: new Date(),
    currentSessionId: user.sessionId,
  });
  switch (result.status) {
    case "ok":
      return { attempt, revokedSessions: result.revokedSessions };
    case "limited":
      return { attempt, limitedMinutes: Math.ceil(result.retryAfterSeconds / 60) };
    case "wrongPassword":
      return { attempt, fieldErrors: { currentPassword: "wrongPassword" } };
    case "passwordIsEmail":
      return { attempt, fieldErrors: { newPassword: "passwordIsEmail" } };
  }
}

const PROFILE_MESSAGES = new Set(["required", "tooLong", "phone", "phoneCountry", "locale"]);
const CREDENTIALS_MESSAGES = new Set([
  "required",
  "email",
  "tooLong",
  "passwordTooShort",
  "passwordTooLong",
  "passwordUnchanged",
]);
