"use server";
// P21: moderation of testimonials (approve, reject with a reason, hide). The rules and the audit entry live in
// lib/admin/testimonials.ts. The public page renders on every request: nothing to revalidate there. Nor here:
// the decided testimonial would leave its tab at once, taking its confirmation with it; the item shows the
// outcome in place, and the tabs' counts are fresh at the next visit (the page is dynamic).
import { defineAction } from "@/lib/actions/define";
import { moderateTestimonial, moderationSchema } from "@/lib/admin/testimonials";

export const moderateTestimonialAction = defineAction({
  access: "admin",
  schema: moderationSchema,
  handler: async (input, { db, user, now }) => {
    const result = await moderateTestimonial(db, user, input, now);
    return { intent: input.intent, status: result.status };
  },
});
