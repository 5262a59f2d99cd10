"use client";

import type { ComponentProps, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/**
 * The submit button of a form that posts to an action: disabled and marked busy while the form is being
 * sent, so a second click does not send it twice. Must be rendered inside the <form>.
 */
export function SubmitButton({
  pendingLabel,
  disabled,
  children,
  ...props
}: Omit<ComponentProps<typeof Button>, "type"> & {
  /** shown instead of the children while the form is being sent ("Enregistrement…") */
  pendingLabel?: ReactNode;
}) {
  const { pending } = useFormStatus();
  return (
    <Button {...props} type="submit" disabled={pending || disabled} aria-busy={pending ? true : undefined}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
