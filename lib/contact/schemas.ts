// What the contact form posts (P3, P29), as zod parses it. Field names are the form's input names.
import { z } from "zod";
import { emailSchema } from "@/lib/address/email";
import { CONTACT_KINDS, CONTACT_LIMITS, HONEYPOT_FIELD } from "./form-fields";

/** The shape of an order number (lib/orders/number.ts): PS-<year>-<six digits>. */
export const ORDER_NUMBER_PATTERN = /^PS-\d{4}-\d{6}$/;

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const contactFormSchema = z.object({
  kind: z.enum(CONTACT_KINDS, "invalid"),
  name: text(CONTACT_LIMITS.name),
  email: z.string().min(1, "required").pipe(emailSchema),
  subject: text(CONTACT_LIMITS.subject),
  message: text(CONTACT_LIMITS.message),
  // Optional: an empty input means no order. Typed in lower case or with spaces, it is still the same number.
  orderNumber: z
    .string()
    .trim()
    .toUpperCase()
    .max(20, "tooLong")
    .refine((value) => value === "" || ORDER_NUMBER_PATTERN.test(value), "invalid")
    .transform((value) => value || undefined)
    .optional(),
  [HONEYPOT_FIELD]: z.string().optional(),
});

export type ContactFormInput = z.output<typeof contactFormSchema>;
