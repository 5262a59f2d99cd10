// The sign-in and sign-out forms (P12, P13). Zod messages are error codes (lib/errors.ts). Where to go back
// to afterwards (`returnTo`) is only text here: the sign-in route keeps it when it is a path of the shop.
import { z } from "zod";
import { emailSchema } from "@/lib/address/email";
import { PASSWORD_MAX_LENGTH } from "./password-rules";

const returnTo = z.string().optional();

/**
 * The sign-in form has two buttons: "Se connecter" posts intent=password, the link button intent=link (and
 * needs no password). The address of a password sign-in is only looked up, never checked for its format:
 * whatever it is, a wrong one gets the same answer as a wrong password (lib/auth/authorize.ts).
 */
export const signInFormSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("password"),
    email: z.string().trim().min(1, "required").max(254, "tooLong"),
    password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "passwordTooLong"),
    returnTo,
  }),
  z.object({ intent: z.literal("link"), email: emailSchema, returnTo }),
]);

/** "Send me a sign-in link" on its own (the pages a link leads to when it cannot be used). */
export const signInLinkRequestSchema = z.object({ email: emailSchema, returnTo });

/** Signing out this browser, or every session of the account (`everywhere`). */
export const signOutFormSchema = z.object({
  everywhere: z.literal("1").optional(),
  returnTo,
});
