"use server";
// Testimonials (P21): submit one, give or withdraw the consent to show one's name, delete one. The lib
// functions act only on the customer's own rows: another customer's testimonial is "notFound".
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import {
  createTestimonial,
  deleteTestimonial,
  manageTestimonialSchema,
  setNameConsent,
  testimonialFormSchema,
} from "@/lib/testimonials/testimonials";

// The public page renders on every request (see its page.tsx): only Mon compte's page needs refreshing.
export const createTestimonialAction = defineAction({
  access: "customer",
  schema: testimonialFormSchema,
  handler: async (input, { db, user, locale, now }) => {
    // Written in the language of the form it was typed in.
    const created = await createTestimonial(db, user.id, { ...input, locale }, now);
    revalidatePath(`/${locale}/account/testimonials`);
    return created;
  },
});

export const manageTestimonialAction = defineAction({
  access: "customer",
  schema: manageTestimonialSchema,
  handler: async ({ id, intent }, { db, user, locale, now }) => {
    if (intent === "delete") await deleteTestimonial(db, user.id, id);
    else await setNameConsent(db, user.id, id, intent === "showName", now);
    revalidatePath(`/${locale}/account/testimonials`);
    return ({ delete: "deleted", showName: "nameShown", hideName: "nameHidden" } as const)[intent];
  },
});
