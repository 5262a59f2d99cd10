/** "Bleu marine / M": how a variant is named to the shopper, in cart, checkout and order. */
export function variantLabel(colourName: string | null | undefined, size: string | null | undefined): string {
  return [colourName, size].filter(Boolean).join(" / ");
}
