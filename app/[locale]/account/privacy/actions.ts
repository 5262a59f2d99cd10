"use server";
// "Delete my account" (P14). The only export of this file: the rules (re-authentication, rate limit,
// erasure, confirmation e-mail) live in lib/privacy/account-deletion.ts.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/current-user";
import { CART_COOKIE } from "@/lib/cart/cookie";
import { db } from "@/lib/db";
import { formLocale } from "@/lib/forms";
import { deleteOwnAccount } from "@/lib/privacy/account-deletion";

export type DeleteAccountState = {
  attempt?: number;
  /** the confirmation box as it was ticked (the password is never sent back) */
  confirm?: boolean;
  fieldErrors?: Record<string, string>;
  error?: "limited" | "noPassword";
};

export async function deleteAccountAction(previous: DeleteAccountState, form: FormData): Promise<DeleteAccountState> {
  const locale = formLocale(form);
  const user = await requireUser(locale);
  const attempt = (previous?.attempt ?? 0) + 1;
  const get = (name: string) => (form instanceof FormData ? form.get(name) : null);
  const confirm = get("confirm") === "on";
  const password = get("password");

  const result = await deleteOwnAccount(
    db,
    user.id,
    { password: typeof password === "string" ? password : "", confirm },
    { now: new Date() },
  );
  switch (result.status) {
    case "invalid":
      return { attempt, confirm, fieldErrors: result.fieldErrors };
    case "wrongPassword":
      return { attempt, confirm, fieldErrors: { password: "wrongPassword" } };
    case "limited":
    case "noPassword":
      return { attempt, confirm, error: result.status };
    case "deleted":
    case "notFound":
      // Gone (or already gone from another tab): this browser forgets the session and the cart.
      (await cookies()).delete(CART_COOKIE);
      await signOut({ redirect: false });
      redirect(`/${locale}/account-deleted`);
  }
}
