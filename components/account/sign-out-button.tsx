"use client";

import { useActionState, type ReactNode } from "react";
import { signOutAction } from "@/app/[locale]/(shop)/sign-in/actions";
import { Notice } from "@/components/ui/notice";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";

/** The sign-out form itself (see ./sign-out-form.tsx): signing out redirects; a refusal is shown above. */
export function SignOutButton({
  locale,
  returnTo,
  everywhere = false,
  className,
  children,
}: {
  locale: string;
  returnTo?: string;
  everywhere?: boolean;
  className: string;
  children: ReactNode;
}) {
  const [state, action] = useActionState(signOutAction, initialActionState);
  const errorMessage = useErrorMessage();
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {everywhere && <input type="hidden" name="everywhere" value="1" />}
      {state.error && (
        <Notice tone="error" className="mb-2">
          {errorMessage(state.error, state.retryAfterSeconds)}
        </Notice>
      )}
      <button type="submit" className={className}>
        {children}
      </button>
    </form>
  );
}
