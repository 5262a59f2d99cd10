// P25: the tel: link of the shop's phone, written the French way in the settings, dials the international form.
import { describe, expect, test } from "vitest";
import { internationalPhone, toShopContact } from "@/lib/settings/shop-contact";

describe("P25: the shop's phone number as a tel: link dials it", () => {
  test.each([
    ["0 800 94 20 26", "+33800942026"],
    ["01.23.45.67.89", "+33123456789"],
    ["+32 2 123 45 67", "+3221234567"],
    ["0032 2 123 45 67", "+3221234567"],
  ])("%s -> %s", (typed, dialled) => {
    expect(internationalPhone(typed)).toBe(dialled);
  });

  test("only French toll-free numbers (0800 to 0805) are said to be free", () => {
    const contact = (phone: string) => toShopContact({ phone, email: "contact@plusuite.com", address: "" });
    expect(contact("0 800 94 20 26").phoneIsFree).toBe(true);
    expect(contact("0 805 10 20 30").phoneIsFree).toBe(true);
    expect(contact("0 806 10 20 30").phoneIsFree).toBe(false);
    expect(contact("01 23 45 67 89").phoneIsFree).toBe(false);
    expect(contact("01 23 45 67 89").addressLines).toEqual([]);
  });
});
