"use client";

// One beacon per page view, only while the visitor consents to audience measurement (P19). The server
// checks the consent cookie again and keeps counts only (lib/logs/audience.ts). Renders nothing.
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { useConsent } from "@/components/consent/use-consent";
import { sendBeaconWhenIdle } from "@/lib/beacon";

// document.referrer stays the page the visit came from during client navigations: sent once per visit.
let referrerSent = false;

export function AudienceBeacon() {
  const consent = useConsent();
  const pathname = usePathname();
  const consented = consent?.audience === true;

  useEffect(() => {
    if (!consented) return;
    const referrer = referrerSent ? undefined : document.referrer || undefined;
    referrerSent = true;
    sendBeaconWhenIdle("/api/audience", { path: pathname, referrer });
  }, [consented, pathname]);

  return null;
}
