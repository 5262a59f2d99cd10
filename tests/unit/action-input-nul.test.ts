// A NUL character in a text makes PostgreSQL refuse the whole statement (a 500 found by
// tests/e2e/hostile-input.spec.ts): the action reader sets such a field aside and names it, like a text too long,
// and refuses an object that holds one.
import { describe, expect, it } from "vitest";
import { readPosted } from "@/lib/actions/input";

describe("readPosted and NUL characters", () => {
  it("names a form field holding a NUL and leaves it out of what the schema parses", () => {
    const form = new FormData();
    form.append("name", "Cam\u0000ille");
    form.append("city", "Lyon");
    const posted = readPosted(form, false)!;
    expect(posted.unstorable).toEqual(["name"]);
    expect(posted.data).toEqual({ city: "Lyon" });
    // What was typed is still given back to the form.
    expect(posted.typed.name).toBe("Cam\u0000ille");
  });

  it("refuses an object holding one, at any depth", () => {
    expect(readPosted({ lineId: "a\u0000b" }, true)).toBeNull();
    expect(readPosted({ shipping: { city: ["Lyon", "\u0000"] } }, true)).toBeNull();
    expect(readPosted({ lineId: "ab", quantity: 1 }, true)?.data).toEqual({ lineId: "ab", quantity: 1 });
  });

  it("lets other control characters through (PostgreSQL stores them; the schemas decide)", () => {
    const form = new FormData();
    form.append("message", "ligne 1\r\n\tligne 2\u000b");
    expect(readPosted(form, false)!.unstorable).toEqual([]);
  });
});
