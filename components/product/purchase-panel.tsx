"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState, type ReactNode } from "react";
import { addToCartFormAction } from "@/app/[locale]/(shop)/cart/actions";
import { initialActionState } from "@/lib/actions/state";
import type { VariantView } from "@/lib/catalogue/types";
import type { Locale } from "@/lib/i18n/routing";
import { useCart } from "@/components/cart/cart-provider";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { useHydrated } from "@/components/ui/use-hydrated";
import { MAX_LINE_QUANTITY } from "@/lib/orders/totals";
import { Price } from "./price";
import { SelectedVariantContext } from "./save-to-list-variant";
import { StockStatus } from "./stock-status";
import { Button } from "@/components/ui/button";

type Props = {
  productId: string;
  productName: string;
  locale: Locale;
  priceCents: number;
  vatRateBp: number;
  stock: number;
  variants: VariantView[];
  /** shown under the panel, knowing the chosen variant (useSelectedVariant): "Add to a list" */
  children?: ReactNode;
};

/**
 * Price, stock and the size/colour choice of a product; each variant has its own price and stock. The whole
 * choice is one form: once the page's script runs, "Ajouter au panier" adds through the cart (drawer,
 * announcement); before that, or without JavaScript, the form posts as it is (addToCartFormAction) and the
 * shopper lands on the cart page, or back here with the reason it was refused and what they had chosen.
 */
export function PurchasePanel(props: Props) {
  const { productId, productName, locale, priceCents, vatRateBp, stock, variants, children } = props;
  const t = useTranslations("Product");
  const tColour = useTranslations("colours");
  const tCart = useTranslations("Cart");
  const errorMessage = useErrorMessage();
  const cart = useCart();
  // False on the server and while hydrating: until the script runs, the size buttons cannot update the limits.
  const scripted = useHydrated();
  const quantityId = useId();
  const errorId = useId();
  // Only set when the form was posted without JavaScript and refused: the page came back with it.
  const [posted, formAction] = useActionState(addToCartFormAction, initialActionState);
  const typed = posted.error ? posted.values : undefined;
  const [postedErrorShown, setPostedErrorShown] = useState(true);
  const [quantity, setQuantity] = useState(Math.max(1, Math.floor(Number(typed?.quantity) || 1)));
  const [adding, setAdding] = useState(false);
  const initial = variants.find((variant) => variant.stock > 0) ?? variants[0];
  const [size, setSize] = useState(typed?.size ?? initial?.size ?? null);
  const [colour, setColour] = useState(typed?.colour ?? initial?.colour ?? null);
  const postedError =
    postedErrorShown && posted.error
      ? errorMessage(Object.values(posted.fieldErrors ?? {})[0] ?? posted.error, posted.retryAfterSeconds)
      : undefined;
  const error = postedError ?? (cart.isOpen ? null : cart.error);

  const sizes = unique(variants.map((variant) => variant.size));
  const colours = unique(variants.map((variant) => variant.colour));
  const find = (s: string | null, c: string | null) => variants.find((v) => v.size === s && v.colour === c);
  const selected = variants.length ? find(size, colour) : undefined;

  // Picking a colour that lacks the current size moves to a size that exists in that colour.
  function chooseColour(next: string) {
    setColour(next);
    if (!find(size, next))
      setSize(
        variants.find((v) => v.colour === next && v.stock > 0)?.size ??
          variants.find((v) => v.colour === next)?.size ??
          null,
      );
  }
  function chooseSize(next: string) {
    setSize(next);
    if (!find(next, colour))
      setColour(
        variants.find((v) => v.size === next && v.stock > 0)?.colour ??
          variants.find((v) => v.size === next)?.colour ??
          null,
      );
  }

  const shownPrice = selected?.priceCents ?? priceCents;
  const shownStock = variants.length ? (selected?.stock ?? 0) : stock;

  return (
    <div className="space-y-5">
      <p className="font-serif text-3xl font-semibold text-ink">
        <Price cents={shownPrice} locale={locale} vatRateBp={vatRateBp} />
      </p>
      <form
        action={formAction}
        className="space-y-5"
        onSubmit={async (event) => {
          // The script is running: add through the cart (drawer, announcement) instead of posting the page.
          event.preventDefault();
          setPostedErrorShown(false);
          setAdding(true);
          await cart.add({ productId, variantId: selected?.id ?? null, quantity, name: productName });
          setAdding(false);
        }}
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="productId" value={productId} />
        {colours.length > 0 && (
          <OptionGroup
            legend={t("colour")}
            name="colour"
            values={colours}
            selected={colour}
            label={(value) => tColour(value as never)}
            available={(value) => (find(size, value)?.stock ?? 0) > 0}
            unavailableLabel={t("variantUnavailable")}
            onSelect={chooseColour}
          />
        )}
        {sizes.length > 0 && (
          <OptionGroup
            legend={t("size")}
            name="size"
            values={sizes}
            selected={size}
            label={(value) => value}
            available={(value) => (find(value, colour)?.stock ?? 0) > 0}
            unavailableLabel={t("variantUnavailable")}
            onSelect={chooseSize}
          />
        )}
        <div className="flex items-center justify-between">
          <StockStatus stock={shownStock} />
          {selected && <span className="text-xs text-muted">{t("sku", { sku: selected.sku })}</span>}
        </div>
        <div className="flex items-end gap-3">
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor={quantityId} className="font-semibold">
              {t("quantity")}
            </label>
            <input
              id={quantityId}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              // Without the script the limit cannot follow the chosen variant: the server checks the stock.
              max={scripted ? Math.max(1, Math.min(MAX_LINE_QUANTITY, shownStock)) : MAX_LINE_QUANTITY}
              value={quantity}
              onChange={(event) => setQuantity(Math.max(1, Math.floor(Number(event.target.value) || 1)))}
              aria-invalid={postedError ? true : undefined}
              aria-describedby={postedError ? errorId : undefined}
              className="w-20 rounded-md border border-line bg-white px-3 py-2.5"
            />
          </div>
          <Button type="submit" disabled={shownStock <= 0 || adding} className="flex-1 disabled:cursor-not-allowed">
            {adding ? tCart("adding") : t("addToCart")}
          </Button>
        </div>
      </form>
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-terracotta">
          {error}
        </p>
      )}
      {children && (
        <SelectedVariantContext value={{ hasVariants: variants.length > 0, variantId: selected?.id ?? null }}>
          {children}
        </SelectedVariantContext>
      )}
    </div>
  );
}

function OptionGroup(props: {
  legend: string;
  name: string;
  values: string[];
  selected: string | null;
  label: (value: string) => string;
  available: (value: string) => boolean;
  unavailableLabel: string;
  onSelect: (value: string) => void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-ink">
        {props.legend}
        {props.selected && <span className="font-normal text-muted"> : {props.label(props.selected)}</span>}
      </legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {props.values.map((value) => {
          const available = props.available(value);
          return (
            <label
              key={value}
              className={`cursor-pointer rounded-md border px-3 py-1.5 text-sm has-[:checked]:border-marine has-[:checked]:bg-marine has-[:checked]:text-white has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-terracotta ${available ? "border-line bg-white" : "border-dashed border-line bg-sand text-muted line-through"}`}
            >
              <input
                type="radio"
                name={props.name}
                value={value}
                checked={props.selected === value}
                onChange={() => props.onSelect(value)}
                className="sr-only"
              />
              {props.label(value)}
              {!available && <span className="sr-only"> ({props.unavailableLabel})</span>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}
