"use server";
// The admins' second factor (P12): confirm the enrolment, pass the factor for this session, renew the
// recovery codes. The first two run before the session passed it, which is what "adminBeforeSecondFactor" allows.
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import {
  confirmEnrolment,
  renewRecoveryCodes,
  secondFactorCodeSchema,
  verifySecondFactor,
} from "@/lib/auth/second-factor";
import { getEnv } from "@/lib/env";

export const confirmEnrolmentAction = defineAction({
  access: "adminBeforeSecondFactor",
  schema: secondFactorCodeSchema,
  handler: async ({ code }, { db, user, now }) => confirmEnrolment(db, user, code, getEnv().COOKIE_SECRET, now),
});

export const verifySecondFactorAction = defineAction({
  access: "adminBeforeSecondFactor",
  schema: secondFactorCodeSchema,
  handler: async ({ code }, { db, user, locale, now }) => {
    const verification = await verifySecondFactor(db, user, code, getEnv().COOKIE_SECRET, now);
    // A recovery code stays on the page, to say how many are left; a code from the app goes straight on.
    if (verification.method === "totp") redirect(`/${locale}/admin`);
    return verification;
  },
});

export const renewRecoveryCodesAction = defineAction({
  access: "admin",
  schema: z.object({}),
  handler: async (_input, { db, user, now }) => renewRecoveryCodes(db, user, getEnv().COOKIE_SECRET, now),
});
