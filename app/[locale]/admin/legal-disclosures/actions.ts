"use server";
// The register of legal disclosures (P24): an admin records a disclosure the law required.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import { legalDisclosureSchema, recordLegalDisclosure } from "@/lib/admin/legal-disclosures";

export const recordLegalDisclosureAction = defineAction({
  access: "admin",
  schema: legalDisclosureSchema,
  handler: async (input, { db, user, locale, now }) => {
    const entry = await recordLegalDisclosure(db, user, input, now);
    revalidatePath(`/${locale}/admin/legal-disclosures`);
    return { authority: entry.authority, disclosedOn: entry.disclosedOn };
  },
});
