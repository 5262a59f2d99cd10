import "server-only";
// Phone numbers (P2: stored in E.164, e.g. "+33612345678"): the one rule of the checkout, the address book
// and the profile. The profile's form sends a region from its country picker, an address its country, and
// the number as the customer typed it; a number typed with its own international prefix ("+32 …",
// "0032 …") wins over the region.
// "server-only": the full metadata (/max, ~150 kB) validates real number ranges and must not reach browsers.
import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js/max";
import { COUNTRIES } from "./countries";

export type PhoneRegion = CountryCode;
export const DEFAULT_PHONE_REGION: PhoneRegion = "FR";

const REGIONS: ReadonlySet<string> = new Set(getCountries());

export function isPhoneRegion(value: unknown): value is PhoneRegion {
  return typeof value === "string" && REGIONS.has(value);
}

/** "+33" for "FR". */
export function callingCode(region: PhoneRegion): string {
  return `+${getCountryCallingCode(region)}`;
}

// What people type between digits: spaces, dots, dashes, slashes, brackets, and a leading "+".
// Letters (vanity numbers, "ext. 12", "tel:") are refused rather than guessed at.
const TYPED_PHONE = /^\+?[\d\s.\-/()]+$/;

/**
 * The number in E.164, or null when it is not a valid number. `raw` is the national number of `region`
 * ("06 12 34 56 78", or "6 12 34 56 78" without the trunk 0) or an international one ("+32 470 12 34 56",
 * "0032 470 12 34 56" dialled from France). Numbers outside any country (+800 …) are refused: a delivery
 * driver cannot call them.
 */
export function parsePhone(raw: string, region: PhoneRegion = DEFAULT_PHONE_REGION): string | null {
  const typed = raw.trim();
  if (typed === "" || typed.length > 30 || !TYPED_PHONE.test(typed)) return null;
  const parsed = parsePhoneNumberFromString(typed, region);
  if (!parsed || !parsed.isValid() || parsed.ext || !parsed.country) return null;
  return parsed.number;
}

/** A stored E.164 number shown back the way the form takes it: the region and the national number. */
export function splitPhone(e164: string | null | undefined): { region: PhoneRegion; national: string } {
  const parsed = e164 ? parsePhoneNumberFromString(e164) : undefined;
  if (!parsed?.country) {
    // An old or foreign value we cannot place: shown whole, so that saving again does not lose it.
    return { region: DEFAULT_PHONE_REGION, national: e164 ?? "" };
  }
  return { region: parsed.country, national: parsed.formatNational() };
}

/** "+33 6 12 34 56 78" for reading; anything unparsable is shown as stored. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

export type PhoneRegionOption = { region: PhoneRegion; label: string };

/**
 * The country picker: the countries we ship to first (most customers' numbers), then every other one
 * by its name in `locale`, each with its calling code: "France (+33)".
 */
export function phoneRegionOptions(locale: string): PhoneRegionOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const option = (region: PhoneRegion) => ({ region, label: `${names.of(region) ?? region} (${callingCode(region)})` });
  const first: PhoneRegion[] = COUNTRIES.filter((code) => REGIONS.has(code));
  const rest = getCountries()
    .filter((region) => !first.includes(region))
    .map(option)
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return [...first.map(option), ...rest];
}
