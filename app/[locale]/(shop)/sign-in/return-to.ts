/**
 * Where to go after signing in: a page of this shop only (no other site, no "//host"), such as
 * "/fr/account/orders", or an invitation link ("/fr/accept-invitation?token=…"), whose token must survive.
 */
const RETURN_TO = /^\/(fr|en)\/[\w\-/]*(\?token=[\w-]{1,100})?$/;

export function safeReturnTo(value: unknown): string | undefined {
  return typeof value === "string" && RETURN_TO.test(value) ? value : undefined;
}
