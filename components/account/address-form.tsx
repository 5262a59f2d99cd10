"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveAddressAction, type AddressFormState } from "@/app/[locale]/account/addresses/actions";
import { TextField } from "@/components/ui/text-field";
import type { AddressFormValues } from "@/lib/accounts/addresses";
import { COUNTRIES } from "@/lib/checkout/address";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

type Props = { locale: Locale; addressId?: string; initial: AddressFormValues };

/** Add or edit one address of the book; labels and error messages are the checkout's. */
export function AddressForm(props: Props) {
  const [state, action, pending] = useActionState<AddressFormState, FormData>(saveAddressAction, {});
  // Remounted on each answer so that every field (select and boxes included) starts from what was typed.
  return <AddressFields key={state.attempt ?? 0} {...props} state={state} action={action} pending={pending} />;
}

function AddressFields({
  locale,
  addressId,
  initial,
  state,
  action,
  pending,
}: Props & { state: AddressFormState; action: (form: FormData) => void; pending: boolean }) {
  const t = useTranslations("AccountAddresses");
  const tCheckout = useTranslations("Checkout");
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const error = (field: string) =>
    errors[field] ? tCheckout(`errors.${errors[field]}` as "errors.invalid") : undefined;
  const text = (name: keyof typeof values & string, label: string, autoComplete: string, help?: string) => (
    <TextField
      name={name}
      label={label}
      autoComplete={autoComplete}
      help={help}
      defaultValue={String(values[name])}
      error={error(name)}
    />
  );

  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {addressId && <input type="hidden" name="addressId" value={addressId} />}
      {Object.keys(errors).length > 0 && <Notice tone="error">{t("errorSummary")}</Notice>}
      {text("name", tCheckout("name"), "name")}
      {text("company", tCheckout("company"), "organization")}
      {text("line1", tCheckout("line1"), "address-line1")}
      {text("line2", tCheckout("line2"), "address-line2")}
      <div className="grid gap-5 sm:grid-cols-[10rem_1fr]">
        {text("postalCode", tCheckout("postalCode"), "postal-code")}
        {text("city", tCheckout("city"), "address-level2")}
      </div>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="country" className="font-medium">
          {tCheckout("country")}
        </label>
        <select
          id="country"
          name="country"
          autoComplete="country"
          defaultValue={values.country || "FR"}
          aria-invalid={errors.country ? true : undefined}
          aria-describedby={errors.country ? "country-error" : undefined}
          className="rounded-md border border-line bg-white px-3 py-2.5"
        >
          {COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {tCheckout(`countries.${code}`)}
            </option>
          ))}
        </select>
        {errors.country && (
          <span id="country-error" className="text-xs font-medium text-terracotta">
            {error("country")}
          </span>
        )}
      </div>
      {text("phone", tCheckout("phone"), "tel", tCheckout("phoneHelp"))}
      <div className="space-y-2 text-sm">
        {(["defaultShipping", "defaultBilling"] as const).map((name) => (
          <label key={name} className="flex items-center gap-2">
            <input type="checkbox" name={name} defaultChecked={values[name]} className="h-4 w-4 accent-marine" />
            {t(`${name}Field`)}
          </label>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
        >
          {pending ? t("saving") : t("save")}
        </button>
        <Link href="/account/addresses" className="text-sm text-marine underline underline-offset-4">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
