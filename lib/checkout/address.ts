// Contact and addresses at checkout, validated per country (France first). Error messages are message
// keys under "Checkout.errors", translated where they are shown.
import { z } from "zod";

export const COUNTRIES = ["FR", "BE", "LU", "CH", "DE", "ES", "IT"] as const;
export type Country = (typeof COUNTRIES)[number];

const POSTAL_CODES: Record<Country, RegExp> = {
  FR: /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, // metropolitan and overseas departments
  BE: /^[1-9]\d{3}$/,
  LU: /^(?:L-)?\d{4}$/,
  CH: /^[1-9]\d{3}$/,
  DE: /^\d{5}$/,
  ES: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  IT: /^\d{5}$/,
};

export function isValidPostalCode(country: Country, postalCode: string): boolean {
  return POSTAL_CODES[country].test(postalCode.trim().toUpperCase());
}

/** E.164 after removing spaces, dots and dashes; a French national number (06 12 34 56 78) becomes +33. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "");
  if (compact === "") return null;
  const e164 = /^0[1-9]\d{8}$/.test(compact) ? `+33${compact.slice(1)}` : compact.replace(/^00/, "+");
  return /^\+[1-9]\d{7,14}$/.test(e164) ? e164 : null;
}

const text = (max: number) => z.string().trim().max(max, "tooLong");
const required = (max: number) => text(max).min(1, "required");

export const addressSchema = z
  .object({
    name: required(100),
    company: text(100)
      .optional()
      .transform((v) => v || undefined),
    line1: required(150),
    line2: text(150)
      .optional()
      .transform((v) => v || undefined),
    postalCode: required(12),
    city: required(100),
    country: z.enum(COUNTRIES, { error: "country" }),
    phone: text(30).optional(),
  })
  .superRefine((address, ctx) => {
    if (!isValidPostalCode(address.country, address.postalCode)) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: "postalCode" });
    }
    if (address.phone && !normalizePhone(address.phone)) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: "phone" });
    }
  })
  .transform((address) => ({
    ...address,
    postalCode: address.postalCode.toUpperCase(),
    phone: address.phone ? (normalizePhone(address.phone) ?? undefined) : undefined,
  }));

export type Address = z.infer<typeof addressSchema>;

export const emailSchema = z.string().trim().toLowerCase().max(254, "tooLong").pipe(z.email("email"));
