"use server";
// A newsletter campaign (P6, P7): an admin edits the draft, tries it on their own address, then sends it once
// to the confirmed subscribers of each language through the outbox.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import {
  campaignSendSchema,
  campaignTestSchema,
  campaignUpdateSchema,
  sendCampaignTest,
  sendNewsletterCampaign,
  updateCampaign,
} from "@/lib/admin/campaigns";
import { getEnv } from "@/lib/env";

export const updateCampaignAction = defineAction({
  access: "admin",
  schema: campaignUpdateSchema,
  handler: async (input, { db, user, locale, now }) => {
    const saved = await updateCampaign(db, user, input, now);
    revalidatePath(`/${locale}/admin/newsletter`, "layout");
    return { updatedAt: saved.updatedAt.toISOString() };
  },
});

export const sendCampaignTestAction = defineAction({
  access: "admin",
  schema: campaignTestSchema,
  handler: async (input, { db, user, now }) => sendCampaignTest(db, user, input.id, now, getEnv()),
});

export const sendCampaignAction = defineAction({
  access: "admin",
  schema: campaignSendSchema,
  handler: async (input, { db, user, locale, now }) => {
    const { recipients } = await sendNewsletterCampaign(db, user, input, now, getEnv());
    revalidatePath(`/${locale}/admin/newsletter`, "layout");
    return recipients;
  },
});
