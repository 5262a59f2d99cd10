"use server";
// The contact inbox (P3, P29): an admin answers a message (e-mailed to its sender) or reopens it.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import { reopenContactMessage, reopenSchema, replySchema, replyToContactMessage } from "@/lib/admin/contact-replies";

export const replyToContactMessageAction = defineAction({
  access: "admin",
  schema: replySchema,
  handler: async (input, { db, user, locale, now }) => {
    await replyToContactMessage(db, user, input, now);
    revalidatePath(`/${locale}/admin/messages`, "layout");
    return { sent: true };
  },
});

export const reopenContactMessageAction = defineAction({
  access: "admin",
  schema: reopenSchema,
  handler: async (input, { db, user, locale, now }) => {
    const result = await reopenContactMessage(db, user, input, now);
    revalidatePath(`/${locale}/admin/messages`, "layout");
    return result;
  },
});
