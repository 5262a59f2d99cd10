// The shop's contact details as an admin types them at /admin/settings (lib/admin/settings.ts): checked with the
// full phone metadata, which is why this is apart from ./shop-contact.ts (read everywhere, scripts included).
import { z } from "zod";
import { emailSchema } from "@/lib/address/email";
import { parsePhone } from "@/lib/address/phone";

export const SHOP_ADDRESS_LIMITS = { lines: 5, lineLength: 100 } as const;

const phoneSchema = z
  .string()
  .trim()
  .min(1, "required")
  .max(30, "tooLong")
  .transform((value) => value.replace(/\s+/g, " "))
  .refine((value) => parsePhone(value, "FR") !== null, "phone");

/** Lines typed in a textarea: blank lines dropped, spaces trimmed. */
const addressSchema = z
  .string()
  .max(SHOP_ADDRESS_LIMITS.lines * (SHOP_ADDRESS_LIMITS.lineLength + 2), "tooLong")
  .transform((value) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim().replace(/\s+/g, " "))
      .filter((line) => line !== ""),
  )
  .refine(
    (lines) =>
      lines.length <= SHOP_ADDRESS_LIMITS.lines && lines.every((l) => l.length <= SHOP_ADDRESS_LIMITS.lineLength),
    "tooLong",
  );

/** The contact details as the settings form posts them (field names are the form's input names). */
export const shopContactSchema = z.object({
  phone: phoneSchema,
  email: emailSchema.pipe(z.string().min(1, "required")),
  address: addressSchema,
});

export type ShopContactInput = z.output<typeof shopContactSchema>;
