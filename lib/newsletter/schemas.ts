// The newsletter forms' inputs (P6): the address and the list; never pre-ticked anywhere.
import { z } from "zod";
import { emailSchema } from "@/lib/address/email";

export const NEWSLETTER_LISTS = ["newsletter", "promotions"] as const;
export type NewsletterListName = (typeof NEWSLETTER_LISTS)[number];

export const subscribeFormSchema = z.object({
  email: emailSchema,
  list: z.enum(NEWSLETTER_LISTS).default("newsletter"),
});

/** The confirmation page's button: the link's token, carried in a hidden field. */
export const confirmFormSchema = z.object({ token: z.string().min(1).max(200) });
