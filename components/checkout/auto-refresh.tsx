"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the page every few seconds for a while (an order waiting for its payment webhook). */
export function AutoRefresh({ seconds = 3, forMinutes = 5 }: { seconds?: number; forMinutes?: number }) {
  const router = useRouter();
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > forMinutes * 60_000) clearInterval(timer);
      else router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds, forMinutes]);
  return null;
}
