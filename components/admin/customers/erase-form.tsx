"use client";
// P14: erase a customer (an account, or an address used without one) at their request. The admin types the
// address to confirm; a mismatch is refused next to the field, with what was typed kept.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { eraseCustomerAction, eraseGuestAction } from "@/app/[locale]/admin/customers/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { ErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";

type Target = { kind: "account"; id: string } | { kind: "guest"; email: string };

/** What the fields need of either action's state. */
type EraseState = {
  attempt: number;
  error?: ErrorCode;
  retryAfterSeconds?: number;
  fieldErrors?: { confirmation?: ErrorCode };
  values?: { confirmation?: string };
};

export function EraseCustomerForm({ locale, target }: { locale: Locale; target: Target }) {
  return target.kind === "account" ? (
    <EraseAccountForm locale={locale} id={target.id} />
  ) : (
    <EraseGuestForm locale={locale} email={target.email} />
  );
}

function EraseAccountForm({ locale, id }: { locale: Locale; id: string }) {
  const [state, action] = useActionState(eraseCustomerAction, initialActionState);
  return (
    <EraseFields locale={locale} state={state} action={action}>
      <input type="hidden" name="id" value={id} />
    </EraseFields>
  );
}

function EraseGuestForm({ locale, email }: { locale: Locale; email: string }) {
  const [state, action] = useActionState(eraseGuestAction, initialActionState);
  return (
    <EraseFields locale={locale} state={state} action={action}>
      <input type="hidden" name="email" value={email} />
    </EraseFields>
  );
}

function EraseFields({
  locale,
  state,
  action,
  children,
}: {
  locale: Locale;
  state: EraseState;
  action: (form: FormData) => void;
  /** the hidden input naming who is erased */
  children: ReactNode;
}) {
  const t = useTranslations("AdminCustomers.erase");
  const errorMessage = useErrorMessage();
  const confirmationError = errorMessage(state.fieldErrors?.confirmation);

  return (
    <form key={state.attempt} action={action} className="max-w-md space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {children}
      {state.error && !confirmationError && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="confirmation"
        label={t("confirmation")}
        help={t("confirmationHelp")}
        autoComplete="off"
        defaultValue={state.values?.confirmation}
        error={confirmationError}
      />
      <SubmitButton variant="dangerSolid" size="md" pendingLabel={t("working")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
