// The shop's own cookies, all strictly necessary (P17): what the banner's first category explains, one entry
// per purpose. The names are written out because their modules hold server code (lib/cart/cookie.ts signs
// with node:crypto); tests/integration/consent.test.ts checks them against those modules.
import { CART_COUNT_COOKIE } from "@/lib/cart/count-cookie";
import { CONSENT_COOKIE } from "@/lib/consent/cookie";

export type NecessaryCookie = { purpose: "cart" | "session" | "security" | "language" | "consent"; names: string[] };

/** On https the session and Auth.js cookies take the `__Host-` / `__Secure-` prefixes (P12). */
export function necessaryCookies(https: boolean): NecessaryCookie[] {
  return [
    // The cart, and the number of its items that the header shows (a count only).
    { purpose: "cart", names: ["ps_cart", CART_COUNT_COOKIE] },
    { purpose: "session", names: [https ? "__Host-plusuite.session" : "plusuite.session"] },
    {
      purpose: "security",
      names: [
        https ? "__Host-authjs.csrf-token" : "authjs.csrf-token",
        `${https ? "__Secure-" : ""}authjs.callback-url`,
        // Set only for a password typed before the address was verified (lib/auth/pending-password-cookie.ts).
        https ? "__Host-plusuite.pending-password" : "plusuite.pending-password",
      ],
    },
    { purpose: "language", names: ["NEXT_LOCALE"] },
    { purpose: "consent", names: [CONSENT_COOKIE] },
  ];
}
