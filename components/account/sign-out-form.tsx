"use client";
// Signing out from any page: the action lives with the sign-in route, and pages of other routes reach it
// through this component instead of importing another route's actions. It ends in a redirect; a refusal
// (e.g. a form posted from another site) is shown above the button.
import { useActionState, type ReactNode } from "react";
import { signOutAction } from "@/app/[locale]/(shop)/sign-in/actions";
import { Notice } from "@/components/ui/notice";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";

export function SignOutForm({
  locale,
  returnTo,
  everywhere = false,
  className,
  children,
}: {
  locale: string;
  /** a path of the shop to come back to once signed out (e.g. the invitation link) */
  returnTo?: string;
  /** revoke every session of the account, not only this browser's */
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
