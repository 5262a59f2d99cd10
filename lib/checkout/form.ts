// The checkout form: its schema (the inputs are named like the fields, "shipping.postalCode", so that errors
// land next to them) and its starting values. It carries contact, addresses, delivery method, gateway and the
// newsletter box (P6) only: every amount is computed on the server (P10). Address rules are the shop's (lib/address).
import { z } from "zod";
import type { AddressFields } from "@/lib/address/fields";
import { emailSchema } from "@/lib/address/email";
import { addressSchema } from "@/lib/address/rules";
import { checkbox } from "@/lib/forms/fields";
import { SHIPPING_METHODS, type ShippingMethod } from "@/lib/orders/shipping";

const shippingMethodSchema = z.enum(Object.keys(SHIPPING_METHODS) as [ShippingMethod, ...ShippingMethod[]]);

export const checkoutSchema = z
  .object({
    email: emailSchema,
    shipping: addressSchema,
    billingSameAsShipping: checkbox,
    // Not posted while "same as shipping" is ticked (the form hides it).
    billing: addressSchema.optional(),
    shippingMethod: shippingMethodSchema,
    provider: z.enum(["stripe", "paypal", "demo"]),
    // P6: the newsletter box, never pre-ticked; the order does not depend on it (lib/newsletter/checkout-opt-in.ts)
    newsletter: checkbox,
  })
  .transform((input, ctx) => {
    if (input.billingSameAsShipping) return { ...input, billing: input.shipping };
    if (!input.billing) {
      ctx.addIssue({ code: "custom", path: ["billing", "name"], message: "required" });
      return z.NEVER;
    }
    return { ...input, billing: input.billing };
  });

/** What the form starts from: empty for a guest, the address book's defaults for a customer (P13). */
export type CheckoutFormValues = {
  email: string;
  shipping: AddressFields;
  billingSameAsShipping: boolean;
  billing: AddressFields;
  shippingMethod: string;
  provider: string;
  newsletter: boolean;
};
