import { isLocale, type Locale } from "./routing";

/**
 * The locale a form was posted from (a hidden `locale` field), French when missing or unknown. Takes
 * `unknown`: a server action is a public endpoint and may be called with anything instead of a form.
 */
export function formLocale(form: unknown): Locale {
  const value = form instanceof FormData ? form.get("locale") : null;
  return isLocale(value) ? value : "fr";
}
