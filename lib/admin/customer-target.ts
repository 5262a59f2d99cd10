// The audit log's id for a guest (P9, P14): a keyed hash of the address (HMAC-SHA-256 with the app secret, like
// the rate limits' address keys), so that the log says "this address was exported or erased on that day" without
// holding it, and the shop can still check it when the same person asks again. No other dependency: the e2e
// tests compute it too.
import { createHmac } from "node:crypto";

export function guestTargetId(email: string, secret: string): string {
  const digest = createHmac("sha256", secret).update(`customer-guest:${email.trim().toLowerCase()}`);
  return `guest:${digest.digest("base64url").slice(0, 22)}`;
}
