"use client";
// Every error code has one message, under "Errors" (lib/errors.ts lists the codes; a unit test checks both
// languages). Password rules and waiting times fill in their numbers here, so forms pass only the code.
// A page gives its forms only the codes they can be refused with (ClientMessages' `errors`); a code it did not
// foresee reads as "failed" rather than as the message's key.
import { useTranslations } from "next-intl";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { ErrorCode } from "@/lib/errors";

export function useErrorMessage() {
  const t = useTranslations("Errors");
  return (code: ErrorCode | undefined, retryAfterSeconds?: number): string | undefined =>
    code === undefined
      ? undefined
      : t(t.has(code) ? code : "failed", {
          min: PASSWORD_MIN_LENGTH,
          max: PASSWORD_MAX_LENGTH,
          minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)),
        });
}
