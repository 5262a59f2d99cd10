// Newsletter and promotions preferences of Mon compte (P6, P13): the customer sees and changes two
// plain flags on their account. Never ticked for them (both default to false in the schema).
// TODO(privacy issue, P6/P7): the real subscription flow (double opt-in by e-mail, consent record,
// one-click unsubscribe) comes with the privacy issue; it will hook in here, where the flags change.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { checkbox } from "@/lib/forms/fields";

export type Preferences = { newsletter: boolean; promotions: boolean };

export const preferencesSchema = z.object({ newsletter: z.boolean(), promotions: z.boolean() });

/** The preferences form: two checkboxes, absent when unticked (they cannot be invalid). */
export const preferencesFormSchema = z.object({ newsletter: checkbox, promotions: checkbox });

function requireId(id: string): string {
  // An undefined id in a Prisma `where` matches every row: refuse it loudly instead.
  if (typeof id !== "string" || id === "") throw new Error("a user id is required");
  return id;
}

export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
  return db.user.findUniqueOrThrow({
    where: { id: requireId(userId) },
    select: { newsletter: true, promotions: true },
  });
}

export async function updatePreferences(db: Db, userId: string, input: Preferences): Promise<Preferences> {
  const { newsletter, promotions } = preferencesSchema.parse(input);
  return db.user.update({
    where: { id: requireId(userId) },
    data: { newsletter, promotions },
    select: { newsletter: true, promotions: true },
  });
}
