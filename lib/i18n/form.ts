import { isLocale, type Locale } from "./routing";

/** The locale a form was posted from (a hidden `locale` field), French when missing or unknown. */
export function formLocale(form: FormData): Locale {
  const value = form.get("locale");
  return isLocale(value) ? value : "fr";
}
