// Reading a posted form in a server action. A server action is a public endpoint and may be called with
// anything instead of a FormData: these helpers take `unknown` and never throw.
import { isLocale, type Locale } from "@/lib/i18n/routing";

/** The posted value, or an empty form when what was posted is not one. */
export function postedForm(posted: unknown): FormData {
  return posted instanceof FormData ? posted : new FormData();
}

/** The locale a form was posted from (a hidden `locale` field), French when missing or unknown. */
export function formLocale(form: unknown): Locale {
  const value = form instanceof FormData ? form.get("locale") : null;
  return isLocale(value) ? value : "fr";
}

/** A text field of a posted form, cut to `max` characters; "" when missing. */
export function formText(form: unknown, name: string, max = 300): string {
  const value = form instanceof FormData ? form.get(name) : null;
  return typeof value === "string" ? value.slice(0, max) : "";
}
