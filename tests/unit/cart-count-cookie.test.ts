// The header's count cookie as the cart's script writes it after the actions it calls (those set no cookie,
// so that Next.js does not render the page again into their answer): the server's attributes (P12).
import { describe, expect, test } from "vitest";
import { cartCountCookieAssignment, CART_COUNT_MAX_AGE_SECONDS, parseCartCount } from "@/lib/cart/count-cookie";

describe("cartCountCookieAssignment", () => {
  test("a count: readable by the script, Lax, kept as long as the cart, Secure over https only", () => {
    expect(cartCountCookieAssignment(3, true)).toBe(
      `ps_cart_count=3; Path=/; SameSite=Lax; Secure; Max-Age=${CART_COUNT_MAX_AGE_SECONDS}`,
    );
    expect(cartCountCookieAssignment(12, false)).toBe(
      `ps_cart_count=12; Path=/; SameSite=Lax; Max-Age=${CART_COUNT_MAX_AGE_SECONDS}`,
    );
    expect(parseCartCount(cartCountCookieAssignment(12, false).split(";")[0]!.split("=")[1])).toBe(12);
  });

  test("an empty cart removes the cookie, with the same path", () => {
    expect(cartCountCookieAssignment(0, true)).toBe("ps_cart_count=; Path=/; SameSite=Lax; Secure; Max-Age=0");
  });
});
