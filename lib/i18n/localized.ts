import { z } from "zod";
import type { Locale } from "./routing";

/** Catalogue text stored as JSON with one entry per locale. */
export const localizedTextSchema = z.object({ fr: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in the wanted locale, falling back to French (the shop's reference language). */
export function localize(value: unknown, locale: Locale): string {
  const parsed = localizedTextSchema.partial().safeParse(value);
  if (!parsed.success) return "";
  return parsed.data[locale] || parsed.data.fr || "";
}
