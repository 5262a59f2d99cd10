"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { deleteAddressAction, setDefaultAddressAction } from "@/app/[locale]/account/addresses/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The buttons of one address of the book: make it the default of a kind, delete it. A success comes back
 * to the list with its confirmation (`?done=`); a refusal (the address was deleted from another tab) is
 * said under the buttons.
 */
export function AddressCardActions(props: {
  locale: Locale;
  addressId: string;
  /** names the address in the buttons' accessible labels: two addresses of one person often share the name */
  label: string;
  defaultShipping: boolean;
  defaultBilling: boolean;
  /** the edit link, first in the row */
  children: ReactNode;
}) {
  const t = useTranslations("AccountAddresses");
  const errorMessage = useErrorMessage();
  const [defaultState, makeDefault] = useActionState(setDefaultAddressAction, initialActionState);
  const [deleteState, remove] = useActionState(deleteAddressAction, initialActionState);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="addressId" value={props.addressId} />
    </>
  );
  const defaultButton = (kind: "shipping" | "billing", name: "makeDefaultShipping" | "makeDefaultBilling") => (
    <form action={makeDefault}>
      {hidden}
      <input type="hidden" name="kind" value={kind} />
      <SubmitButton variant="secondary" size="sm" aria-label={t(`${name}Label`, { name: props.label })}>
        {t(name)}
      </SubmitButton>
    </form>
  );

  return (
    <>
      <div className="mt-4 flex flex-wrap gap-2">
        {props.children}
        {!props.defaultShipping && defaultButton("shipping", "makeDefaultShipping")}
        {!props.defaultBilling && defaultButton("billing", "makeDefaultBilling")}
        <form action={remove}>
          {hidden}
          <SubmitButton variant="danger" size="sm" aria-label={t("deleteLabel", { name: props.label })}>
            {t("delete")}
          </SubmitButton>
        </form>
      </div>
      {[defaultState, deleteState].map(
        (state, index) =>
          state.error && (
            <Notice key={index} tone="error" className="mt-3">
              {errorMessage(state.fieldErrors?.addressId ?? state.error, state.retryAfterSeconds)}
            </Notice>
          ),
      )}
    </>
  );
}
