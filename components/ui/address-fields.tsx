import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { Country } from "@/lib/address/countries";
import type { AddressFields as AddressValues } from "@/lib/address/fields";

/**
 * The fields of one postal address, shared by the checkout (shipping and billing) and the address book.
 * Inputs are named `${prefix}${field}` ("shipping.postalCode", or "postalCode" with no prefix), which is
 * also their id; the autofill section ("shipping", "billing") follows the prefix.
 */
export function AddressFields(props: {
  prefix: "" | "shipping." | "billing.";
  values: AddressValues;
  /** the translated error of an input, by its full name ("shipping.country") */
  error: (name: string) => string | undefined;
  countries: readonly Country[];
  /** the phone is asked with the shipping address only (default: shown); its autofill is the customer's "tel" */
  withPhone?: boolean;
  onCountryChange?: (country: string) => void;
}) {
  const t = useTranslations("Checkout");
  const { prefix, values } = props;
  const section = prefix.replace(".", "");
  const inSection = (token: string) => (section ? `${section} ${token}` : token);
  const text = (field: Exclude<keyof AddressValues, "country">, autoCompleteValue: string, help?: string) => (
    <TextField
      name={`${prefix}${field}`}
      label={t(field)}
      help={help}
      type={field === "phone" ? "tel" : undefined}
      autoComplete={autoCompleteValue}
      defaultValue={values[field]}
      error={props.error(`${prefix}${field}`)}
    />
  );

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">{text("name", inSection("name"))}</div>
      <div className="sm:col-span-2">{text("company", inSection("organization"))}</div>
      <div className="sm:col-span-2">{text("line1", inSection("address-line1"))}</div>
      <div className="sm:col-span-2">{text("line2", inSection("address-line2"))}</div>
      {text("postalCode", inSection("postal-code"))}
      {text("city", inSection("address-level2"))}
      <SelectField
        name={`${prefix}country`}
        label={t("country")}
        options={props.countries.map((code) => ({ value: code, label: t(`countries.${code}`) }))}
        autoComplete={inSection("country")}
        defaultValue={values.country || "FR"}
        error={props.error(`${prefix}country`)}
        onChange={props.onCountryChange}
      />
      {(props.withPhone ?? true) && text("phone", "tel", t("phoneHelp"))}
    </div>
  );
}
