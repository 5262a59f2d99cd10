"use client";

// The visitor's cookie choice as the browser sees it, for the banner and every consent gate (P8, P11, P17).
// The choice lives in the consent cookie only; whoever changes it calls announceConsentChange() so that
// every gate on the page follows at once (a withdrawn category unloads its widget).
import { CONSENT_COOKIE, parseConsentCookie, type ConsentChoice } from "@/lib/consent/cookie";
import { useBrowserValue } from "@/components/ui/use-hydrated";
import { readDocumentCookie } from "@/lib/document-cookie";

const CHANGE_EVENT = "plusuite:consent-change";
const OPEN_EVENT = "plusuite:consent-open";

function readCookie(): string | null {
  const prefix = `${CONSENT_COOKIE}=`;
  const entry = readDocumentCookie()
    .split("; ")
    .find((part) => part.startsWith(prefix));
  return entry ? entry.slice(prefix.length) : null;
}

// The same object while the cookie is unchanged, so that setting it again draws nothing.
let lastRaw: string | null | undefined;
let lastChoice: ConsentChoice | null = null;
function snapshot(): ConsentChoice | null {
  const raw = readCookie();
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastChoice = parseConsentCookie(raw, new Date());
  }
  return lastChoice;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => window.removeEventListener(CHANGE_EVENT, onChange);
}

/**
 * The current choice: undefined while rendering on the server or before hydration (decide nothing yet),
 * null when the visitor has not chosen (or the choice expired): nothing optional may load.
 * Read once the page has hydrated, in a transition (components/ui/use-hydrated.ts says why); a gate mounted
 * later, on a page reached by a client navigation, starts from the choice.
 */
export function useConsent(): ConsentChoice | null | undefined {
  return useBrowserValue(snapshot, undefined, subscribe);
}

/** Tells every consent gate on the page that the cookie changed. */
export function announceConsentChange(): void {
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Opens the banner's settings ("Gérer mes cookies" in the footer, "Personnaliser" in a placeholder). */
export function openConsentSettings(): void {
  window.dispatchEvent(new Event(OPEN_EVENT));
}

export function onConsentSettingsRequested(open: () => void): () => void {
  window.addEventListener(OPEN_EVENT, open);
  return () => window.removeEventListener(OPEN_EVENT, open);
}
