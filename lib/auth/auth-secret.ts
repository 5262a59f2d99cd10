// Kept apart from lib/auth/config.ts so that the e2e session fixture (tests/e2e/support/fixtures.ts) can encode
// a session cookie exactly as Auth.js does without loading Auth.js's Next.js integration.
import { createHmac } from "node:crypto";

/** Auth.js's secret: derived from COOKIE_SECRET, so that there is one secret to manage. */
export function authJsSecret(cookieSecret: string): string {
  return createHmac("sha256", cookieSecret).update("plusuite:authjs").digest("base64url");
}
