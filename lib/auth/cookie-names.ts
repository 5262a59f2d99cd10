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
