"use server";
// Writing a new newsletter campaign (P6): saved as a draft, then previewed, tried and sent from its own page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { campaignFormSchema, createCampaign } from "@/lib/admin/campaigns";

export const createCampaignAction = defineAction({
  access: "admin",
  schema: campaignFormSchema,
  handler: async (input, { db, user, locale, now }) => {
    const { id } = await createCampaign(db, user, input, now);
    revalidatePath(`/${locale}/admin/newsletter`);
    redirect(`/${locale}/admin/newsletter/${id}`);
  },
});
