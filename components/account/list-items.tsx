"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, type ReactNode } from "react";
import { manageListItemsAction } from "@/app/[locale]/account/lists/actions";
import { useCart } from "@/components/cart/cart-provider";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { SavedItemStatus } from "@/lib/accounts/saved-lists";
import { initialActionState } from "@/lib/actions/state";
import { MAX_LINE_QUANTITY } from "@/lib/orders/totals";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { ProductThumbnail } from "@/components/product/product-thumbnail";
import { Button } from "@/components/ui/button";

/** An item as the page shows it: names and prices already in the visitor's language. */
export type ListItemRow = {
  id: string;
  slug: string;
  name: string;
  variantLabel: string;
  imageUrl: string | null;
  imageAlt: string;
  price: string;
  quantity: number;
  stock: number;
  status: SavedItemStatus;
};

/**
 * A list's items: change a quantity, remove one, move one or all to the cart. One action state for all
 * the forms, so that the confirmation survives the item it speaks of leaving the list.
 */
export function ListItems({ locale, listId, items }: { locale: Locale; listId: string; items: ListItemRow[] }) {
  const t = useTranslations("AccountLists");
  const cart = useCart();
  const [state, action, pending] = useActionState(manageListItemsAction, initialActionState);
  const errorMessage = useErrorMessage();
  const done = state.data;
  const moved = done?.kind === "moved" ? done : null;
  // A refused quantity is shown next to its input, in the row it was typed in; anything else above.
  const refusedItemId = state.values?.intent === "quantity" ? state.values.itemId : undefined;
  const quantityError = errorMessage(state.fieldErrors?.quantity);
  const quantityErrorShown = !!quantityError && items.some((item) => item.id === refusedItemId);
  const { reload } = cart;
  // The header's cart count was read before the server filled the cart: read it again.
  useEffect(() => {
    if (moved && moved.count > 0) void reload();
  }, [moved, reload]);

  const hidden = (intent: string, itemId?: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="listId" value={listId} />
      <input type="hidden" name="intent" value={intent} />
      {itemId && <input type="hidden" name="itemId" value={itemId} />}
    </>
  );

  return (
    <div className="mt-6">
      <div aria-live="polite" className="space-y-2">
        {done && (
          <div role="status" className="rounded-md bg-sage/10 px-3 py-2 text-sm font-medium text-sage">
            {done.kind === "moved" ? (
              <>
                <p>
                  {t("moved", { count: done.count })}{" "}
                  {done.count > 0 && (
                    <Link href="/cart" className="underline underline-offset-4">
                      {t("viewCart")}
                    </Link>
                  )}
                </p>
                {done.notMoved.map((item) => (
                  <p key={item.itemId} className="text-terracotta">
                    {item.reason === "unavailable"
                      ? t("notMovedUnavailable", { name: item.name })
                      : t("notMovedOutOfStock", { name: item.name })}
                  </p>
                ))}
              </>
            ) : done.kind === "updated" ? (
              <p>{t("updated", { name: done.name, quantity: done.quantity })}</p>
            ) : (
              <p>{t("removed", { name: done.name })}</p>
            )}
          </div>
        )}
        {state.error && !quantityErrorShown && (
          <Notice tone="error">
            {errorMessage(state.fieldErrors?.itemId ?? state.fieldErrors?.listId ?? state.error)}
          </Notice>
        )}
      </div>

      {items.length === 0 ? (
        <p className="mt-6 text-muted">{t("emptyList")}</p>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
            <p className="max-w-xl text-sm text-muted">{t("moveNote")}</p>
            <form action={action}>
              {hidden("moveAll")}
              <Button type="submit" size="md" disabled={pending || items.every((item) => item.status !== "available")}>
                {t("moveAll")}
              </Button>
            </form>
          </div>
          <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-white">
            {items.map((item) => (
              <Row
                key={`${item.id}-${state.attempt}`}
                item={item}
                typedQuantity={item.id === refusedItemId ? state.values?.quantity : undefined}
                quantityError={item.id === refusedItemId ? quantityError : undefined}
                action={action}
                pending={pending}
                hidden={hidden}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Row(props: {
  item: ListItemRow;
  /** what was typed, when this row's quantity was refused */
  typedQuantity?: string;
  quantityError?: string;
  action: (form: FormData) => void;
  pending: boolean;
  hidden: (intent: string, itemId?: string) => ReactNode;
}) {
  const t = useTranslations("AccountLists");
  const { item } = props;
  const nameId = useId();
  const quantityId = useId();
  const quantityErrorId = useId();
  const available = item.status === "available";
  return (
    <li className="flex flex-wrap gap-4 p-4" data-testid="list-item">
      <ProductThumbnail src={item.imageUrl} alt={item.imageAlt} size="md" />
      <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        <Link id={nameId} href={`/product/${item.slug}`} className="font-medium text-ink hover:underline">
          {item.name}
          {item.variantLabel && <span className="font-normal text-muted"> — {item.variantLabel}</span>}
        </Link>
        <span className="font-semibold">{item.price}</span>
        <span className={available ? "text-sage" : "text-terracotta"} data-testid="list-item-status">
          {t(`statuses.${item.status}`, { stock: item.stock })}
        </span>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <form action={props.action} className="flex items-end gap-2">
          {props.hidden("quantity", item.id)}
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor={quantityId} className="text-xs text-muted">
              {t("quantityFor", { name: item.name })}
            </label>
            <input
              id={quantityId}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_LINE_QUANTITY}
              defaultValue={props.typedQuantity ?? item.quantity}
              aria-invalid={props.quantityError ? true : undefined}
              aria-describedby={props.quantityError ? quantityErrorId : undefined}
              className={`w-20 rounded-md border bg-white px-3 py-1.5 ${props.quantityError ? "border-terracotta" : "border-line"}`}
            />
            {props.quantityError && (
              <span id={quantityErrorId} className="text-xs font-medium text-terracotta">
                {props.quantityError}
              </span>
            )}
          </div>
          <Button type="submit" disabled={props.pending} aria-describedby={nameId} variant="secondary" size="sm">
            {t("update")}
          </Button>
        </form>
        <form action={props.action}>
          {props.hidden("move", item.id)}
          <Button type="submit" disabled={props.pending || !available} aria-describedby={nameId} size="sm">
            {t("move")}
          </Button>
        </form>
        <form action={props.action}>
          {props.hidden("remove", item.id)}
          <Button type="submit" disabled={props.pending} aria-describedby={nameId} variant="danger" size="sm">
            {t("remove")}
          </Button>
        </form>
      </div>
    </li>
  );
}
