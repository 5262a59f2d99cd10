// The cookie banner is in every page's HTML (P17): a first visit sees it with the first paint, not after the
// JavaScript has loaded (on a phone, seconds later, and the largest text of the screen: LCP). The catalogue is
// prerendered, the same for everyone, so the server cannot leave it out for a visitor who already chose: this
// inline script, first in <body>, marks the document before the banner paints, and CSS hides it (globals.css).
// It checks what parseConsentCookie checks cheaply (format, policy version, expiry); the banner's component
// decides for good once hydrated.
import { createHash } from "node:crypto";
import { CONSENT_COOKIE, CONSENT_POLICY_VERSION } from "./cookie";

/** Set on <html> by the script when the visitor has a current choice. */
export const CONSENT_CHOSEN_ATTRIBUTE = "data-consent-chosen";

export const CONSENT_BANNER_SCRIPT =
  `(function(){try{var m=document.cookie.match(/(?:^|; )${CONSENT_COOKIE}=([^;]*)/);if(!m)return;` +
  `var p=decodeURIComponent(m[1]).split(".");` +
  `if(p[0]==="1"&&p[3]===${JSON.stringify(CONSENT_POLICY_VERSION)}&&Number(p[4])*1000>Date.now())` +
  `document.documentElement.setAttribute("${CONSENT_CHOSEN_ATTRIBUTE}","")}catch(e){}})()`;

/** Its hash, for the Content-Security-Policy of nonce pages (lib/security/csp.ts), where inline scripts need one. */
export const CONSENT_BANNER_SCRIPT_HASH = `'sha256-${createHash("sha256").update(CONSENT_BANNER_SCRIPT).digest("base64")}'`;
