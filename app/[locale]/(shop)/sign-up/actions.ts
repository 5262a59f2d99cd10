"use server";
// Sign-up (P26 individuals, P27 organizations). Whether the address already had an account is never
// revealed: both cases lead to the same "check your e-mail" page.
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { registerIndividual, registerOrganization } from "@/lib/accounts/registration";
import { individualSignUpSchema, organizationSignUpSchema } from "@/lib/accounts/schemas";
import { fieldErrors } from "@/lib/checkout/form";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { formLocale, formText } from "@/lib/forms";
import { hit, ipKey, RATE_LIMITS } from "@/lib/security/rate-limit";

export type SignUpValues = {
  accountType: "individual" | "organization";
  name: string;
  email: string;
  organizationName: string;
  country: string;
  vatNumber: string;
  jobTitle: string;
  attestAuthority: boolean;
};
export type SignUpState = {
  attempt?: number;
  values?: SignUpValues;
  fieldErrors?: Record<string, string>;
  limited?: boolean;
};

export async function signUpAction(previous: SignUpState, form: FormData): Promise<SignUpState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const locale = formLocale(form);
  const text = (name: string) => formText(form, name);
  const values: SignUpValues = {
    accountType: formText(form, "accountType") === "organization" ? "organization" : "individual",
    name: text("name"),
    email: text("email"),
    organizationName: text("organizationName"),
    country: text("country") || "FR",
    vatNumber: text("vatNumber"),
    jobTitle: text("jobTitle"),
    attestAuthority: formText(form, "attestAuthority") === "on",
  };
  const input = { ...values, password: formText(form, "password"), locale };

  const env = getEnv();
  const now = new Date();
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim();
  if (ip && !(await hit(db, `signup:ip:${ipKey(ip, env.COOKIE_SECRET)}`, RATE_LIMITS.signUpPerIp, now)).allowed) {
    return { attempt, values, limited: true };
  }

  if (values.accountType === "organization") {
    const parsed = organizationSignUpSchema.safeParse(input);
    if (!parsed.success) return { attempt, values, fieldErrors: fieldErrors(parsed.error, REGISTRATION_MESSAGES) };
    await registerOrganization(db, parsed.data, env.SITE_URL, now);
  } else {
    const parsed = individualSignUpSchema.safeParse(input);
    if (!parsed.success) return { attempt, values, fieldErrors: fieldErrors(parsed.error, REGISTRATION_MESSAGES) };
    await registerIndividual(db, parsed.data, env.SITE_URL, now);
  }
  redirect(`/${locale}/sign-up/check-email`);
}

const REGISTRATION_MESSAGES = new Set([
  "required",
  "tooLong",
  "email",
  "passwordTooShort",
  "passwordTooLong",
  "passwordIsEmail",
  "country",
  "vatFormat",
  "vatCountry",
  "vatKey",
  "attestationRequired",
  "locale",
]);
