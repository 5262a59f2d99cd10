"use client";

// The quantity and remove controls of one cart line. Each is a real form posting the cart's own actions, so
// the cart page works before its script has loaded, or without it: the page comes back with the cart as it
// now is, or with the reason next to the line and the quantity as typed. Once the script runs, the same
// controls change the cart through useCart() (optimistic, announced) and no form is posted.
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { removeCartLineAction, updateCartLineAction } from "@/app/[locale]/(shop)/cart/actions";
import { initialActionState } from "@/lib/actions/state";
import type { CartLineView } from "@/lib/cart/cart";
import { MAX_LINE_QUANTITY } from "@/lib/orders/totals";
import { useCart } from "./cart-provider";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/use-error-message";

type Props = {
  line: CartLineView;
  /** unique in the page: the drawer and the cart page may both list the line */
  inputId: string;
  /** the drawer: no "Update" button (it only opens once the script runs, and a change applies on leaving the field) */
  compact: boolean;
};

export function LineControls({ line, inputId, compact }: Props) {
  const t = useTranslations("Cart");
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const { setQuantity, remove } = useCart();
  // Answers only reach these states when a form was posted without the script: the page came back with them.
  const [updated, updateAction] = useActionState(updateCartLineAction, initialActionState);
  const [removed, removeAction] = useActionState(removeCartLineAction, initialActionState);
  const [postedShown, setPostedShown] = useState(true);
  const refused = !postedShown ? null : updated.error ? updated : removed.error ? removed : null;
  const error = refused
    ? errorMessage(Object.values(refused.fieldErrors ?? {})[0] ?? refused.error, refused.retryAfterSeconds)
    : undefined;
  // What was typed stays in the field next to its refusal.
  const typedQuantity = refused === updated ? updated.values?.quantity : undefined;
  const errorId = `${inputId}-error`;
  const formId = `${inputId}-form`;
  const increaseLimit = Math.min(MAX_LINE_QUANTITY, line.available);

  function change(quantity: number) {
    setPostedShown(false);
    if (quantity !== line.quantity) setQuantity(line.id, quantity);
  }
  const step = (quantity: number) => (event: FormEvent) => {
    event.preventDefault();
    change(quantity);
  };
  const lineFields = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="lineId" value={line.id} />
    </>
  );
  const stepClass = "px-2.5 py-1 disabled:opacity-40";

  return (
    <div className="mt-1 space-y-1">
      <div className="flex flex-wrap items-center gap-3">
        <div className="inline-flex items-center rounded-md border border-line bg-white">
          <form action={updateAction} onSubmit={step(line.quantity - 1)} className="flex">
            {lineFields}
            <input type="hidden" name="quantity" value={line.quantity - 1} />
            <button
              type="submit"
              className={stepClass}
              disabled={line.quantity <= 1}
              aria-label={t("decrease", { name: line.name })}
            >
              −
            </button>
          </form>
          <form
            id={formId}
            action={updateAction}
            className="flex"
            onSubmit={(event) => {
              event.preventDefault();
              const input = event.currentTarget.elements.namedItem("quantity") as HTMLInputElement;
              change(Number(input.value));
            }}
          >
            {lineFields}
            <label className="sr-only" htmlFor={inputId}>
              {t("quantityFor", { name: line.name })}
            </label>
            <input
              id={inputId}
              key={`${line.quantity}:${updated.attempt}`}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_LINE_QUANTITY}
              defaultValue={typedQuantity ?? line.quantity}
              aria-invalid={typedQuantity !== undefined ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className="w-12 border-x border-line py-1 text-center"
              onBlur={(event) => {
                const next = Number(event.currentTarget.value);
                if (next !== line.quantity) change(next);
              }}
              onKeyDown={(event) => {
                // Applied on leaving the field, as a click elsewhere does; not posted as well.
                if (event.key !== "Enter") return;
                event.preventDefault();
                event.currentTarget.blur();
              }}
            />
          </form>
          <form action={updateAction} onSubmit={step(line.quantity + 1)} className="flex">
            {lineFields}
            <input type="hidden" name="quantity" value={line.quantity + 1} />
            <button
              type="submit"
              className={stepClass}
              disabled={line.quantity >= increaseLimit}
              aria-label={t("increase", { name: line.name })}
            >
              +
            </button>
          </form>
        </div>
        {!compact && (
          <Button
            type="submit"
            form={formId}
            variant="secondary"
            size="sm"
            aria-label={t("updateFor", { name: line.name })}
          >
            {t("update")}
          </Button>
        )}
        <form
          action={removeAction}
          onSubmit={(event) => {
            event.preventDefault();
            setPostedShown(false);
            remove(line.id);
          }}
        >
          {lineFields}
          <button
            type="submit"
            className="text-muted underline underline-offset-4 hover:text-terracotta"
            aria-label={t("remove", { name: line.name })}
          >
            {t("removeShort")}
          </button>
        </form>
      </div>
      {error && (
        <p id={errorId} role="alert" className="font-medium text-terracotta">
          {error}
        </p>
      )}
    </div>
  );
}
