"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import type { VariantView } from "@/lib/catalogue/types";
import type { Locale } from "@/lib/i18n/routing";
import { useCart } from "@/components/cart/cart-provider";
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

/** Price, stock and the size/colour choice of a product; each variant has its own price and stock. */
export function PurchasePanel(props: Props) {
  const { productId, productName, locale, priceCents, vatRateBp, stock, variants, children } = props;
  const t = useTranslations("Product");
  const tColour = useTranslations("colours");
  const tCart = useTranslations("Cart");
  const cart = useCart();
  const quantityId = useId();
  const [quantity, setQuantity] = useState(1);
  const [adding, setAdding] = useState(false);
  const initial = variants.find((variant) => variant.stock > 0) ?? variants[0];
  const [size, setSize] = useState(initial?.size ?? null);
  const [colour, setColour] = useState(initial?.colour ?? null);

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
      <form
        className="flex items-end gap-3"
        onSubmit={async (event) => {
          event.preventDefault();
          setAdding(true);
          await cart.add({ productId, variantId: selected?.id ?? null, quantity, name: productName });
          setAdding(false);
        }}
      >
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={quantityId} className="font-semibold">
            {t("quantity")}
          </label>
          <input
            id={quantityId}
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, Math.min(MAX_LINE_QUANTITY, shownStock))}
            value={quantity}
            onChange={(event) => setQuantity(Math.max(1, Math.floor(Number(event.target.value) || 1)))}
            className="w-20 rounded-md border border-line bg-white px-3 py-2.5"
          />
        </div>
        <Button type="submit" disabled={shownStock <= 0 || adding} className="flex-1 disabled:cursor-not-allowed">
          {adding ? tCart("adding") : t("addToCart")}
        </Button>
      </form>
      {cart.error && !cart.isOpen && (
        <p role="alert" className="text-sm font-medium text-terracotta">
          {cart.error}
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
