"use client";

import { useEffect } from "react";
import { useCart } from "./cart-provider";

/** Placed on pages reached after the server changed the cart (order confirmation): refresh the header's count. */
export function CartSync() {
  const { reload } = useCart();
  useEffect(() => {
    void reload();
  }, [reload]);
  return null;
}
