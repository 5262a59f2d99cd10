"use server";
// "Delete my account" (P14). The only export of this file: the rules (re-authentication, rate limit,
// erasure, confirmation e-mail) live in lib/privacy/account-deletion.ts.
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { signOut } from "@/lib/auth/auth";
import { forgetCart } from "@/lib/cart/session";
import { accountDeletionSchema, deleteOwnAccount } from "@/lib/privacy/account-deletion";

export const deleteAccountAction = defineAction({
  access: "customer",
  schema: accountDeletionSchema,
  handler: async (input, { db, user, locale, now }) => {
    // "deleted", or "notFound" when another tab was quicker: gone either way.
    await deleteOwnAccount(db, user.id, input, { now });
    // This browser forgets the session and the cart.
    await forgetCart();
    await signOut({ redirect: false });
    redirect(`/${locale}/account-deleted`);
  },
});
