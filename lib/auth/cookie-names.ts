// Kept apart from lib/auth/auth.ts so that proxy.ts can read it without loading Auth.js or the database.

/** The session cookie: `__Host-` on https (sent only over https, to this host, for every path: P12). */
export function sessionCookieName(https: boolean): string {
  return https ? "__Host-plusuite.session" : "plusuite.session";
}

/** Whether a request carries a session cookie at all (Auth.js may split a large one into `name.0`, `name.1`). */
export function hasSessionCookie(cookieNames: string[]): boolean {
  return cookieNames.some((name) => /^(__Host-)?plusuite\.session(\.\d+)?$/.test(name));
}

/**
 * The proof that this browser chose the password of an account not verified yet (lib/auth/pending-password.ts):
 * `__Host-` on https, like the session cookie.
 */
export function pendingPasswordCookieName(https: boolean): string {
  return https ? "__Host-plusuite.pending-password" : "plusuite.pending-password";
}

/**
 * Where Auth.js sends the browser back after a sign-in link (not a credential, but a redirect target it trusts):
 * `__Host-` on https as well, where Auth.js would use `__Secure-`, which still lets a subdomain set it.
 */
export function callbackUrlCookieName(https: boolean): string {
  return https ? "__Host-plusuite.callback-url" : "plusuite.callback-url";
}
