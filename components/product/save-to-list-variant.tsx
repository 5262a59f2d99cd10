"use client";

import { createContext, useContext } from "react";

/**
 * The variant chosen in the purchase panel, for "Add to a list" placed inside it: the list keeps the
 * size and colour the shopper was looking at.
 */
export type SelectedVariant = { hasVariants: boolean; variantId: string | null };

export const SelectedVariantContext = createContext<SelectedVariant>({ hasVariants: false, variantId: null });

export function useSelectedVariant(): SelectedVariant {
  return useContext(SelectedVariantContext);
}
