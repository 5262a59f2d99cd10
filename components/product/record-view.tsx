"use client";

import { useEffect, useRef } from "react";

/**
 * P4: tells the server that this product was viewed. The page is static, so the server decides (signed-in
 * customer with recording on, else nothing). A beacon rather than a server action: it needs no answer, and
 * an action would make the router work while the page is still starting; a failure never disturbs the page.
 */
export function RecordView({ productId }: { productId: string }) {
  // Once per product and page view, even when React mounts effects twice in development.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === productId) return;
    sent.current = productId;
    const body = new Blob([JSON.stringify({ productId })], { type: "application/json" });
    if (navigator.sendBeacon?.("/api/product-views", body)) return;
    fetch("/api/product-views", { method: "POST", body, keepalive: true }).catch(() => undefined);
  }, [productId]);
  return null;
}
