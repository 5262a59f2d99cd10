"use server";
// Testimonials (P21): submit one, give or withdraw the consent to show one's name, delete one. Each
// export is a public POST endpoint: each checks the session and acts only on the customer's own rows.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { fieldErrors } from "@/lib/checkout/form";
import { db } from "@/lib/db";
import { formLocale, formText } from "@/lib/forms";
import {
  createTestimonial,
  deleteTestimonial,
  setNameConsent,
  TESTIMONIAL_ERRORS,
  TESTIMONIAL_MAX_LENGTH,
  testimonialSchema,
} from "@/lib/testimonials/testimonials";

export type TestimonialFormValues = { rating: string; body: string; showName: boolean };
export type TestimonialFormState = {
  attempt?: number;
  values?: TestimonialFormValues;
  fieldErrors?: Record<string, string>;
  created?: boolean;
};

export type TestimonialManageState = {
  attempt?: number;
  done?: "nameShown" | "nameHidden" | "deleted" | "notFound";
};

export async function createTestimonialAction(
  previous: TestimonialFormState,
  form: FormData,
): Promise<TestimonialFormState> {
  const locale = formLocale(form);
  const user = await requireUser(locale);
  const attempt = (previous?.attempt ?? 0) + 1;
  // A little more than allowed is kept, so that the customer sees (and can shorten) what was too long.
  const values: TestimonialFormValues = {
    rating: formText(form, "rating", 2),
    body: formText(form, "body", TESTIMONIAL_MAX_LENGTH * 2),
    showName: formText(form, "showName", 2) === "on",
  };
  const parsed = testimonialSchema.safeParse({ ...values, rating: values.rating || undefined, locale });
  if (!parsed.success) return { attempt, values, fieldErrors: fieldErrors(parsed.error, TESTIMONIAL_ERRORS) };
  await createTestimonial(db, user.id, parsed.data, new Date());
  revalidatePath(`/${locale}/account/testimonials`);
  return { attempt, created: true };
}

/** intent "showName" / "hideName" / "delete" on the testimonial `id`, which must be the customer's. */
export async function manageTestimonialAction(
  previous: TestimonialManageState,
  form: FormData,
): Promise<TestimonialManageState> {
  const locale = formLocale(form);
  const user = await requireUser(locale);
  const attempt = (previous?.attempt ?? 0) + 1;
  const id = formText(form, "id", 100);
  const intent = formText(form, "intent", 20);
  if (!id) return { attempt, done: "notFound" };

  let found = false;
  let done: TestimonialManageState["done"] = "notFound";
  if (intent === "showName" || intent === "hideName") {
    found = await setNameConsent(db, user.id, id, intent === "showName", new Date());
    done = intent === "showName" ? "nameShown" : "nameHidden";
  } else if (intent === "delete") {
    found = await deleteTestimonial(db, user.id, id);
    done = "deleted";
  }
  // The public page renders on every request (see its page.tsx): nothing else to refresh.
  revalidatePath(`/${locale}/account/testimonials`);
  return { attempt, done: found ? done : "notFound" };
}
