import { describe, expect, test } from "vitest";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";

// Small parameters keep the unit test fast; production uses SCRYPT_PARAMS (N=2^17).
const fast = { N: 2 ** 10, r: 8, p: 1 } as const;

describe("P12: passwords are hashed with a memory-hard function", () => {
  test("the hash is salted scrypt and never contains the password", async () => {
    const a = await hashPassword("correct horse battery", fast);
    const b = await hashPassword("correct horse battery", fast);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("correct");
  });

  test("only the right password verifies; malformed hashes never do", async () => {
    const hash = await hashPassword("correct horse battery", fast);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
    for (const bad of [
      null,
      undefined,
      "",
      "plain",
      "bcrypt$x",
      "scrypt$0$8$1$AA$AA",
      hash.replace(/\$[\w-]+$/, "$"),
    ]) {
      expect(await verifyPassword("correct horse battery", bad)).toBe(false);
    }
  });

  test("Unicode forms of the same password verify the same", async () => {
    const hash = await hashPassword("Ét\u00e9 à Paris", fast);
    expect(await verifyPassword("E\u0301te\u0301 a\u0300 Paris", hash)).toBe(true);
  });

  test("an unknown account costs a real verification and never succeeds", async () => {
    expect(await verifyAgainstDecoy("anything")).toBe(false);
  });
});
