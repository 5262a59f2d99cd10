"use server";
// Profile (P2, P13), e-mail change and password change (P13, re-authenticated) of Mon compte. The wrong
// current passwords are limited per account inside lib/accounts/profile.ts (it counts failures only).
import {
  changePasswordWithLimit,
  profileSchema,
  profileValues,
  requestEmailChangeWithLimit,
  updateProfile,
} from "@/lib/accounts/profile";
import { emailChangeSchema, passwordChangeSchema } from "@/lib/accounts/schemas";
import { defineAction } from "@/lib/actions/define";
import { getEnv } from "@/lib/env";

export const updateProfileAction = defineAction({
  access: "customer",
  schema: profileSchema,
  handler: async (profile, { db, user, now }) =>
    // Sent back as stored: the phone reappears split and formatted the way a reload shows it.
    profileValues(await updateProfile(db, user.id, profile, now)),
});

export const changeEmailAction = defineAction({
  access: "customer",
  schema: emailChangeSchema,
  handler: (input, { db, user, now }) =>
    requestEmailChangeWithLimit(db, user.id, input, { now, siteUrl: getEnv().SITE_URL }),
});

export const changePasswordAction = defineAction({
  access: "customer",
  schema: passwordChangeSchema,
  handler: (input, { db, user, now }) =>
    changePasswordWithLimit(db, user.id, input, { now, currentSessionId: user.sessionId }),
});
