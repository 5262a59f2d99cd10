"use server";
// P23: drafts and publication of new versions of the privacy policy and the terms.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { policyDraftSchema, publishDraftSchema, publishPolicyDraft, savePolicyDraft } from "@/lib/admin/policies";
import { getEnv } from "@/lib/env";

export const savePolicyDraftAction = defineAction({
  access: "admin",
  schema: policyDraftSchema,
  handler: async (input, { db, user, locale, now }) => {
    const draft = await savePolicyDraft(db, user, input, now);
    revalidatePath(`/${locale}/admin/policies`, "layout");
    return { kind: draft.kind, version: draft.version, updatedAt: draft.updatedAt.toISOString() };
  },
});

export const publishPolicyDraftAction = defineAction({
  access: "admin",
  schema: publishDraftSchema,
  handler: async (input, { db, user, locale, now }) => {
    // Inside the server: the home page's notice and the policy pages are regenerated at once.
    const { document } = await publishPolicyDraft(db, user, input, {
      now,
      siteUrl: getEnv().SITE_URL,
      revalidatePath: (path) => revalidatePath(path),
    });
    revalidatePath(`/${locale}/admin/policies`, "layout");
    // The draft is gone: the list says what was published and how many customers it notified (from the version).
    const published = new URLSearchParams({ published: document.kind, version: document.version });
    redirect(`/${locale}/admin/policies?${published}`);
  },
});
