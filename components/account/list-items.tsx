"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, type ReactNode } from "react";
import { manageListItemsAction, type ListItemsState } from "@/app/[locale]/account/lists/actions";
import { useCart } from "@/components/cart/cart-provider";
import type { SavedItemStatus } from "@/lib/accounts/saved-lists";
import { MAX_LINE_QUANTITY } from "@/lib/checkout/totals";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { ProductThumbnail } from "@/components/product/product-thumbnail";

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
  const [state, action, pending] = useActionState<ListItemsState, FormData>(manageListItemsAction, {});
  const moved = state.done?.kind === "moved" ? state.done : null;
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
        {state.done && (
          <div role="status" className="rounded-md bg-sage/10 px-3 py-2 text-sm font-medium text-sage">
            {state.done.kind === "moved" ? (
              <>
                <p>
                  {t("moved", { count: state.done.count })}{" "}
                  {state.done.count > 0 && (
                    <Link href="/cart" className="underline underline-offset-4">
                      {t("viewCart")}
                    </Link>
                  )}
                </p>
                {state.done.notMoved.map((item) => (
                  <p key={item.itemId} className="text-terracotta">
                    {item.reason === "unavailable"
                      ? t("notMovedUnavailable", { name: item.name })
                      : t("notMovedOutOfStock", { name: item.name })}
                  </p>
                ))}
              </>
            ) : state.done.kind === "updated" ? (
              <p>{t("updated", { name: state.done.name, quantity: state.done.quantity })}</p>
            ) : (
              <p>{t("removed", { name: state.done.name })}</p>
            )}
          </div>
        )}
        {state.error && <Notice tone="error">{t(`errors.${state.error}`)}</Notice>}
      </div>

      {items.length === 0 ? (
        <p className="mt-6 text-muted">{t("emptyList")}</p>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
            <p className="max-w-xl text-sm text-muted">{t("moveNote")}</p>
            <form action={action}>
              {hidden("moveAll")}
              <button
                type="submit"
                disabled={pending || items.every((item) => item.status !== "available")}
                className="rounded-full bg-marine px-5 py-2.5 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
              >
                {t("moveAll")}
              </button>
            </form>
          </div>
          <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-white">
            {items.map((item) => (
              <Row
                key={`${item.id}-${state.attempt ?? 0}`}
                item={item}
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
  action: (form: FormData) => void;
  pending: boolean;
  hidden: (intent: string, itemId?: string) => ReactNode;
}) {
  const t = useTranslations("AccountLists");
  const { item } = props;
  const nameId = useId();
  const quantityId = useId();
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
              defaultValue={item.quantity}
              className="w-20 rounded-md border border-line bg-white px-3 py-1.5"
            />
          </div>
          <button
            type="submit"
            disabled={props.pending}
            aria-describedby={nameId}
            className="rounded-full border border-marine px-3 py-1.5 text-sm font-medium text-marine disabled:opacity-60"
          >
            {t("update")}
          </button>
        </form>
        <form action={props.action}>
          {props.hidden("move", item.id)}
          <button
            type="submit"
            disabled={props.pending || !available}
            aria-describedby={nameId}
            className="rounded-full bg-marine px-3 py-1.5 text-sm font-medium text-white hover:bg-marine-dark disabled:opacity-60"
          >
            {t("move")}
          </button>
        </form>
        <form action={props.action}>
          {props.hidden("remove", item.id)}
          <button
            type="submit"
            disabled={props.pending}
            aria-describedby={nameId}
            className="rounded-full border border-terracotta px-3 py-1.5 text-sm font-medium text-terracotta disabled:opacity-60"
          >
            {t("remove")}
          </button>
        </form>
      </div>
    </li>
  );
}
