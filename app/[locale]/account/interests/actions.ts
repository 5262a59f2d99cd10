"use server";
// Interests (P4): the customer removes viewed products, clears them all, or switches the recording off or
// on. Recording a view is in app/[locale]/(shop)/product/[slug]/actions.ts (no session needed there).
import { revalidatePath } from "next/cache";
import {
  clearInterests,
  interestsFormSchema,
  removeInterestWithName,
  setRecordInterests,
} from "@/lib/accounts/interests";
import { defineAction } from "@/lib/actions/define";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";

const refresh = (locale: Locale) => revalidatePath(`/${locale}/account/interests`);

export const manageInterestsAction = defineAction({
  access: "customer",
  schema: interestsFormSchema,
  handler: async (input, { db, user, locale }) => {
    if (input.intent === "remove") {
      const name = await removeInterestWithName(db, user.id, input.productId, locale);
      if (name === null) throw new DomainError("notFound");
      refresh(locale);
      return { kind: "removed" as const, name };
    }
    if (input.intent === "clear") {
      await clearInterests(db, user.id);
      refresh(locale);
      return { kind: "cleared" as const };
    }
    const { recordInterests, clear } = input;
    await setRecordInterests(db, user.id, { recordInterests, clear });
    refresh(locale);
    return { kind: "setting" as const, recordInterests, cleared: !recordInterests && clear };
  },
});
