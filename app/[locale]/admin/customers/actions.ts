"use server";
// P14 from the back office: erase a customer's account, or the data of an address used without an account, at
// their request. The rules (typed confirmation, no admin erased, audit entry) live in lib/admin/customer-*.ts;
// the erasure itself is the self-service one (lib/privacy).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { eraseGuest, eraseGuestSchema } from "@/lib/admin/customer-guest";
import { eraseCustomer, eraseCustomerSchema } from "@/lib/admin/customer-privacy";
import { getEnv } from "@/lib/env";

export const eraseCustomerAction = defineAction({
  access: "admin",
  schema: eraseCustomerSchema,
  handler: async (input, { db, user, locale, now }) => {
    await eraseCustomer(db, user, input, now);
    revalidatePath(`/${locale}/admin/customers`);
    // The profile is gone: back to the search, which says it was done.
    redirect(`/${locale}/admin/customers?erased=account`);
  },
});

export const eraseGuestAction = defineAction({
  access: "admin",
  schema: eraseGuestSchema,
  handler: async (input, { db, user, locale, now }) => {
    await eraseGuest(db, user, input, { now, secret: getEnv().COOKIE_SECRET });
    revalidatePath(`/${locale}/admin/customers`);
    redirect(`/${locale}/admin/customers?erased=guest`);
  },
});
