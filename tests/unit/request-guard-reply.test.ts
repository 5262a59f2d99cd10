// proxy.ts's gate for what Next.js would answer with a 500 before any action or route runs (issue 14, found by
// tests/e2e/hostile-input.spec.ts): a server action reply that does not decode, a path with a broken escape.
import { describe, expect, it } from "vitest";
import { isDecodablePath, refuseUndecodableReply } from "@/lib/actions/request-guard";

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://127.0.0.1/fr/cart", {
    method: "POST",
    headers: { "next-action": "7f00", ...headers },
    body,
  });
}
const text = (body: string) => post(body, { "content-type": "text/plain;charset=UTF-8" });
function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return post(data);
}

describe("refuseUndecodableReply", () => {
  it("lets through what React's client sends: plain arguments, inline references, a form with its fields", async () => {
    expect(await refuseUndecodableReply(text("[]"))).toBeNull();
    expect(await refuseUndecodableReply(text('[{"variantId":"v1","quantity":2}]'))).toBeNull();
    const inline = '[{"escaped":"$$5","date":"$D2026-01-01T00:00:00.000Z","none":"$undefined","big":"$n12","k":"$K1"}]';
    expect(await refuseUndecodableReply(text(inline))).toBeNull();
    expect(
      await refuseUndecodableReply(
        form([
          ["_1_name", "Camille"],
          ["0", '[{"attempt":0},"$K1"]'],
        ]),
      ),
    ).toBeNull();
    // An outlined part, referenced by its id in hexadecimal ("$1a" is part 26).
    expect(
      await refuseUndecodableReply(
        form([
          ["26", '{"a":1}'],
          ["0", '["$1a", "$Q1a"]'],
        ]),
      ),
    ).toBeNull();
  });

  it("refuses a reply that is not JSON, whose root is not the list of arguments, or that names a missing part", async () => {
    for (const body of ["", "[", "null", '{"0":1}', '["$Q2"]', '["$@1"]', '["$1:then"]', '["$"]', '["$nabc"]'])
      expect((await refuseUndecodableReply(text(body)))?.status, body).toBe(400);
    expect((await refuseUndecodableReply(form([["_1_name", "x"]])))?.status, "no root").toBe(400);
    expect(
      (
        await refuseUndecodableReply(
          form([
            ["1", "{"],
            ["0", '["$Q1"]'],
          ]),
        )
      )?.status,
      "a broken part",
    ).toBe(400);
  });

  it("refuses a path into an object's prototype, even to a part that is there", async () => {
    const payload = [
      ["1", "{}"],
      ["0", '[{"then":"$1:__proto__:then","status":"resolved_model"}]'],
    ] as [string, string][];
    expect((await refuseUndecodableReply(form(payload)))?.status).toBe(400);
  });

  it("leaves alone what is not a server action request", async () => {
    expect(await refuseUndecodableReply(new Request("http://127.0.0.1/fr", { method: "POST", body: "[" }))).toBeNull();
    expect(
      await refuseUndecodableReply(new Request("http://127.0.0.1/fr", { headers: { "next-action": "7f" } })),
    ).toBeNull();
  });
});

describe("isDecodablePath", () => {
  it("accepts encoded text and refuses broken escapes", () => {
    expect(isDecodablePath("/fr/product/caf%C3%A9")).toBe(true);
    expect(isDecodablePath("/fr/search/lin%20bio/1")).toBe(true);
    for (const path of ["/%", "/fr/product/%zz", "/media/%ED%A0%80", "/api/auth/%C0%AF"])
      expect(isDecodablePath(path), path).toBe(false);
  });
});
