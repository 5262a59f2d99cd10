// Beacons of the page (client code only): a view of a product (P4), a page view counted with consent (P19).

/**
 * Posts `payload` as JSON without waiting for an answer, once the browser is idle (within two seconds): sending
 * takes a task of its own (13 ms in a phone-speed trace of a product page), which must not lengthen the page's
 * start (issue 13). A failure never disturbs the page.
 */
export function sendBeaconWhenIdle(url: string, payload: unknown): void {
  const send = () => {
    const body = new Blob([JSON.stringify(payload)], { type: "application/json" });
    if (navigator.sendBeacon?.(url, body)) return;
    fetch(url, { method: "POST", body, keepalive: true }).catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(send, { timeout: 2000 });
  else setTimeout(send, 0);
}
