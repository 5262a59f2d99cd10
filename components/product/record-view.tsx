"use client";

import { useEffect, useRef } from "react";
import { recordProductViewAction } from "@/app/[locale]/(shop)/product/[slug]/actions";

/**
 * P4: tells the server that this product was viewed. The page is static, so the server action decides
 * (signed-in customer with recording on, else nothing); a failure never disturbs the page.
 */
export function RecordView({ productId }: { productId: string }) {
  // Once per product and page view, even when React mounts effects twice in development.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === productId) return;
    sent.current = productId;
    recordProductViewAction({ productId }).catch(() => undefined);
  }, [productId]);
  return null;
}
