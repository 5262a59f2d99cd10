"use client";

import { useEffect, useRef } from "react";
import { sendBeaconWhenIdle } from "@/lib/beacon";

/**
 * P4: tells the server that this product was viewed. The page is static, so the server decides (signed-in
 * customer with recording on, else nothing). A beacon rather than a server action: it needs no answer, and
 * an action would make the router work while the page is still starting.
 */
export function RecordView({ productId }: { productId: string }) {
  // Once per product and page view, even when React mounts effects twice in development.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === productId) return;
    sent.current = productId;
    sendBeaconWhenIdle("/api/product-views", { productId });
  }, [productId]);
  return null;
}
