// lib/document-cookie.ts: one synchronous read of the browser's cookies per run of script (issue 13, TBT).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readDocumentCookie, writeDocumentCookie } from "@/lib/document-cookie";

let reads: number;
let jar: string;

beforeEach(() => {
  reads = 0;
  jar = "ps_consent=a";
  const document = {
    get cookie() {
      reads += 1;
      return jar;
    },
    set cookie(assignment: string) {
      jar = `${jar}; ${assignment.split(";")[0]}`;
    },
  };
  Object.defineProperty(globalThis, "document", { value: document, configurable: true });
});

afterEach(async () => {
  await Promise.resolve();
  Reflect.deleteProperty(globalThis, "document");
});

describe("readDocumentCookie", () => {
  it("asks the browser once however many components read during one render", () => {
    expect([readDocumentCookie(), readDocumentCookie(), readDocumentCookie()]).toEqual(Array(3).fill("ps_consent=a"));
    expect(reads).toBe(1);
  });

  it("reads afresh in the next run of script (after an await: a server action may have set a cookie)", async () => {
    readDocumentCookie();
    jar = "ps_consent=b";
    await Promise.resolve();
    expect(readDocumentCookie()).toBe("ps_consent=b");
    expect(reads).toBe(2);
  });

  it("reads the page's own write at once", () => {
    readDocumentCookie();
    writeDocumentCookie("ps_cart_count=2; Path=/");
    expect(readDocumentCookie()).toBe("ps_consent=a; ps_cart_count=2");
    expect(reads).toBe(2);
  });
});
