"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveAddressAction } from "@/app/[locale]/account/addresses/actions";
import { AddressFields } from "@/components/ui/address-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { AddressFormValues } from "@/lib/accounts/addresses";
import { initialActionState } from "@/lib/actions/state";
import { COUNTRIES } from "@/lib/address/countries";
import type { ErrorCode } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

type Props = { locale: Locale; addressId?: string; initial: AddressFormValues };

/** Add or edit one address of the book; labels are the checkout's, error messages the shop's ("Errors"). */
export function AddressForm({ locale, addressId, initial }: Props) {
  const [state, action] = useActionState(saveAddressAction, initialActionState);
  const t = useTranslations("AccountAddresses");
  const errorMessage = useErrorMessage();
  // After a refusal, what was typed: a box that was not ticked is not posted at all.
  const typed = state.values;
  const checked = (name: "defaultShipping" | "defaultBilling") => (typed ? typed[name] === "on" : initial[name]);
  // The shared address fields ask for errors by input name ("postalCode").
  const fieldErrors: Partial<Record<string, ErrorCode>> = state.fieldErrors ?? {};
  // A refusal of the whole form, or of the hidden address id, has no input to show it next to.
  const formError = state.fieldErrors ? state.fieldErrors.addressId : state.error;

  return (
    // Keyed on the answer: every field (select and boxes included) starts again from what was typed.
    <form key={state.attempt} action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {addressId && <input type="hidden" name="addressId" value={addressId} />}
      {state.error && (
        <Notice tone="error">{formError ? errorMessage(formError, state.retryAfterSeconds) : t("errorSummary")}</Notice>
      )}
      <AddressFields
        prefix=""
        values={{ ...initial, ...typed }}
        error={(name) => errorMessage(fieldErrors[name])}
        countries={COUNTRIES}
      />
      <div className="space-y-2 text-sm">
        {(["defaultShipping", "defaultBilling"] as const).map((name) => (
          <label key={name} className="flex items-center gap-2">
            <input type="checkbox" name={name} defaultChecked={checked(name)} className="h-4 w-4 accent-marine" />
            {t(`${name}Field`)}
          </label>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        <Link href="/account/addresses" className="text-sm text-marine underline underline-offset-4">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
