"use server";
// Interests (P4). Every export is a public POST endpoint: each requires the session and touches only the
// customer's own rows. Recording a view is in app/[locale]/(shop)/product/[slug]/actions.ts (no session needed).
import { revalidatePath } from "next/cache";
import {
  clearInterests,
  interestsSettingSchema,
  productIdSchema,
  removeInterest,
  setRecordInterests,
} from "@/lib/accounts/interests";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formLocale, formText } from "@/lib/forms";
import { localize } from "@/lib/i18n/localized";

export type InterestsState = {
  attempt?: number;
  done?:
    | { kind: "removed"; name: string }
    | { kind: "cleared" }
    | { kind: "setting"; recordInterests: boolean; cleared: boolean };
  error?: "invalid";
};

/** The interests page: intent "remove" (productId, name), "clear" or "setting" (recordInterests, clear). */
export async function manageInterestsAction(previous: InterestsState, form: FormData): Promise<InterestsState> {
  const locale = formLocale(form);
  const user = await requireUser(locale);
  const attempt = (previous?.attempt ?? 0) + 1;
  const intent = formText(form, "intent", 20);

  let done: InterestsState["done"];
  if (intent === "remove") {
    const parsed = productIdSchema.safeParse({ productId: formText(form, "productId") });
    if (!parsed.success) return { attempt, error: "invalid" };
    const view = await db.productView.findUnique({
      where: { userId_productId: { userId: user.id, productId: parsed.data.productId } },
      select: { product: { select: { name: true } } },
    });
    if (!view || !(await removeInterest(db, user.id, parsed.data.productId))) return { attempt, error: "invalid" };
    done = { kind: "removed", name: localize(view.product.name, locale) };
  } else if (intent === "clear") {
    await clearInterests(db, user.id);
    done = { kind: "cleared" };
  } else if (intent === "setting") {
    const parsed = interestsSettingSchema.safeParse({
      recordInterests: formText(form, "recordInterests", 5) === "on",
      clear: formText(form, "clear", 5) === "on",
    });
    if (!parsed.success) return { attempt, error: "invalid" };
    await setRecordInterests(db, user.id, parsed.data);
    const { recordInterests, clear } = parsed.data;
    done = { kind: "setting", recordInterests, cleared: !recordInterests && clear };
  } else {
    return { attempt, error: "invalid" };
  }
  revalidatePath(`/${locale}/account/interests`);
  return { attempt, done };
}
