"use client";

import { useTranslations } from "next-intl";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

/**
 * Field errors of the account forms (sign-up, password and e-mail changes, reset): the server sends keys
 * of "Registration.errors"; the password ones take {min}/{max}, the others ignore them.
 */
export function useRegistrationErrors(fieldErrors: Record<string, string> | undefined) {
  const tError = useTranslations("Registration.errors");
  const translate = tError as unknown as (key: string, values: Record<string, number>) => string;
  return (field: string): string | undefined => {
    const key = fieldErrors?.[field];
    return key ? translate(key, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }) : undefined;
  };
}
