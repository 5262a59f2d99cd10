"use server";
// P28, P25: the shop's settings: payment gateways on and off, and the shop's public contact details.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import { gatewaySwitchSchema, shopContactFormSchema, switchGateway, updateShopContact } from "@/lib/admin/settings";
import { getEnv } from "@/lib/env";
import { paymentConfigFrom } from "@/lib/payments/config";

export const switchGatewayAction = defineAction({
  access: "admin",
  schema: gatewaySwitchSchema,
  handler: async (input, { db, user, locale, now }) => {
    // Checkout reads the switch at each request: only this page shows a copy of it.
    const result = await switchGateway(db, user, input, paymentConfigFrom(getEnv()), now);
    revalidatePath(`/${locale}/admin/settings`);
    return result;
  },
});

export const updateShopContactAction = defineAction({
  access: "admin",
  schema: shopContactFormSchema,
  handler: async (input, { db, user, now }) => {
    const contact = await updateShopContact(db, user, input, now);
    // The footer of every page shows the details, prerendered catalogue pages included: all are regenerated
    // at their next visit (they stay prerendered; dynamic pages read the row when they render anyway).
    revalidatePath("/", "layout");
    return { phone: contact.phone, email: contact.email };
  },
});
