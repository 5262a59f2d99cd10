"use server";
// Categories of the catalogue (P9: each write audited by lib/admin/catalogue/categories.ts). The category menu is
// on every storefront page, so a change revalidates the storefront's layout in both languages.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import { saveCategory } from "@/lib/admin/catalogue/categories";
import { revalidateWholeStorefront } from "@/lib/admin/catalogue/revalidate";
import { categorySchema } from "@/lib/admin/catalogue/schemas";

export const saveCategoryAction = defineAction({
  access: "admin",
  schema: categorySchema,
  handler: async (input, { db, user, locale, now }) => {
    const category = await saveCategory(db, user, input, now);
    revalidateWholeStorefront();
    revalidatePath(`/${locale}/admin/categories`);
    return { slug: category.slug, created: category.created, updatedAt: category.updatedAt };
  },
});
