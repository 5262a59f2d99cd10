// The e-mail address rule of every form that takes one (checkout, sign-up, account forms). Lowercased and
// trimmed, so that "A@x.fr " and "a@x.fr" are one customer. The error is a message key ("email").
import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().max(254, "tooLong").pipe(z.email("email"));

/** The address as the forms store it, or null when it is not one: a caller skipping the schema cannot create "A@x.fr". */
export function normalizeEmail(email: string): string | null {
  const parsed = emailSchema.safeParse(email);
  return parsed.success ? parsed.data : null;
}
