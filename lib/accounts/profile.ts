// The customer profile of Mon compte (P2, P13): name, phone (E.164, picked by country), preferred
// language (the language of our e-mails to the customer), and the re-authentication that e-mail and
// password changes need. Schema messages and refusals are error codes (lib/errors.ts).
import { z } from "zod";
import { normalizeEmail } from "@/lib/address/email";
import { DEFAULT_PHONE_REGION, isPhoneRegion, parsePhone, splitPhone } from "@/lib/address/phone";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { locales, type Locale } from "@/lib/i18n/routing";
import { hit, RATE_LIMITS, reset, type RateLimitRule } from "@/lib/security/rate-limit";
import { requestEmailChange } from "./email-change";
import { changePassword } from "./passwords";

/**
 * The profile form as the page fills it in. The preferred language is "language" in the form: "locale" is
 * the hidden field naming the page's own language.
 */
export type ProfileValues = { name: string; phoneCountry: string; phone: string; language: string };

export const profileSchema = z
  .object({
    name: z.string().trim().min(1, "required").max(100, "tooLong"),
    phoneCountry: z.string().refine(isPhoneRegion, "phoneCountry"),
    phone: z.string().trim().max(30, "tooLong"),
    language: z.enum(locales, { error: "locale" }),
  })
  .superRefine(
    (value, ctx) => {
      if (value.phone && isPhoneRegion(value.phoneCountry) && !parsePhone(value.phone, value.phoneCountry)) {
        ctx.addIssue({ code: "custom", path: ["phone"], message: "phone" });
      }
    },
    // Checked as soon as the phone fields are valid, even if the name is missing: every error at once.
    { when: (payload) => !payload.issues.some((issue) => ["phone", "phoneCountry"].includes(String(issue.path?.[0]))) },
  )
  .transform((value) => ({
    name: value.name,
    locale: value.language,
    // An empty field clears the phone (it is optional, P2 collects only what the customer gives).
    phone: value.phone && isPhoneRegion(value.phoneCountry) ? parsePhone(value.phone, value.phoneCountry) : null,
  }));
export type ProfileInput = z.output<typeof profileSchema>;

export type Profile = { email: string; name: string | null; phone: string | null; locale: Locale };

function requireId(id: string): string {
  // An undefined id in a Prisma `where` matches every row: refuse it loudly instead.
  if (typeof id !== "string" || id === "") throw new Error("a user id is required");
  return id;
}

export async function getProfile(db: Db, userId: string): Promise<Profile> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: requireId(userId) },
    select: { email: true, name: true, phone: true, locale: true },
  });
  return { ...user, locale: locales.includes(user.locale as Locale) ? (user.locale as Locale) : "fr" };
}

/** The customer's name (null if they gave none), for greetings and signatures. */
export async function getCustomerName(db: Db, userId: string): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: requireId(userId) }, select: { name: true } });
  return user.name;
}

/** The form's values for a stored profile: the phone split into picker region and national number. */
export function profileValues(profile: Pick<Profile, "name" | "phone" | "locale">): ProfileValues {
  const phone = splitPhone(profile.phone);
  return {
    name: profile.name ?? "",
    phoneCountry: profile.phone ? phone.region : DEFAULT_PHONE_REGION,
    phone: phone.national,
    language: profile.locale,
  };
}

export async function updateProfile(db: Db, userId: string, input: ProfileInput, now: Date): Promise<Profile> {
  const user = await db.user.update({
    where: { id: requireId(userId) },
    data: { name: input.name, phone: input.phone, locale: input.locale, lastActiveAt: now },
    select: { email: true, name: true, phone: true, locale: true },
  });
  return { ...user, locale: input.locale };
}

// ─────────────────────────── Re-authentication (e-mail and password changes) ───────────────────────────

/**
 * Wrong current passwords are limited per account, across the e-mail and the password forms (one
 * counter, so two forms do not double an attacker's guesses with a stolen session). A success
 * forgets the earlier failures, like sign-in does: what is counted is failures, which the action
 * builder's own limit (every attempt) cannot express.
 */
async function withCurrentPasswordLimit<R extends { status: string }>(
  db: Db,
  userId: string,
  now: Date,
  rule: RateLimitRule,
  attempt: () => Promise<R>,
): Promise<R> {
  const key = `current-password:account:${requireId(userId)}`;
  const limit = await hit(db, key, rule, now);
  if (!limit.allowed) throw new DomainError("limited", { retryAfterSeconds: limit.retryAfterSeconds });
  const result = await attempt();
  // Only answers that prove the password forget the failures: "invalidEmail", answered before the
  // password is checked, must not reset the counter between two guesses.
  if (result.status !== "wrongPassword" && result.status !== "invalidEmail") await reset(db, key);
  return result;
}

const wrongCurrentPassword = () => new DomainError("wrongPassword", { field: "currentPassword" });

/**
 * Password change from Mon compte: every other session of the user is revoked, the current one
 * (`currentSessionId`) stays signed in. Refusals are DomainErrors on the form's inputs.
 */
export async function changePasswordWithLimit(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  context: { now: Date; currentSessionId: string; rule?: RateLimitRule },
): Promise<{ revokedSessions: number }> {
  const rule = context.rule ?? RATE_LIMITS.currentPasswordPerAccount;
  const result = await withCurrentPasswordLimit(db, userId, context.now, rule, () =>
    changePassword(db, userId, input.currentPassword, input.newPassword, context.now, context.currentSessionId),
  );
  switch (result.status) {
    case "ok":
      return { revokedSessions: result.revokedSessions };
    case "wrongPassword":
      throw wrongCurrentPassword();
    case "passwordIsEmail":
      throw new DomainError("passwordIsEmail", { field: "newPassword" });
  }
}

/**
 * E-mail change: a link goes to the new address (returned, as stored); the old one is told once the change
 * is confirmed. Refusals are DomainErrors on the form's inputs.
 */
export async function requestEmailChangeWithLimit(
  db: Db,
  userId: string,
  input: { newEmail: string; currentPassword: string },
  context: { now: Date; siteUrl: string; rule?: RateLimitRule },
): Promise<{ sentTo: string }> {
  const rule = context.rule ?? RATE_LIMITS.currentPasswordPerAccount;
  const result = await withCurrentPasswordLimit(db, userId, context.now, rule, () =>
    requestEmailChange(db, userId, input, context.siteUrl, context.now),
  );
  switch (result.status) {
    case "sent":
      // As stored and e-mailed: lowercased and trimmed.
      return { sentTo: normalizeEmail(input.newEmail) ?? input.newEmail };
    case "wrongPassword":
      throw wrongCurrentPassword();
    case "invalidEmail":
      throw new DomainError("email", { field: "newEmail" });
    case "emailUnchanged":
      throw new DomainError(result.status, { field: "newEmail" });
  }
}
