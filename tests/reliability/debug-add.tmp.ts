import { createDb } from "@/lib/db/client";
import { AnswerLog, Shopper } from "/work/main/tests/reliability/shopper";
import fs from "node:fs";
const manifest = JSON.parse(fs.readFileSync(".next-lead/server/server-reference-manifest.json", "utf8")).node;
const id = (f: string, n: string) =>
  Object.entries(manifest).find(([, e]: any) => e.filename === f && e.exportedName === n)![0];
const db = createDb("pglite:.data/e2e-lead");
const p = await db.product.findFirst({ where: { active: true, stock: { gt: 5 }, variants: { none: {} } } });
const site = new URL("http://127.0.0.1:3150");
const s = new Shopper(site, site, "127.0.0.1", new AnswerLog());
const add = id("app/[locale]/(shop)/cart/actions.ts", "addToCartAction");
for (let i = 0; i < 4; i++) {
  const a = await s.callAction("add", `/fr/product/${p!.slug}`, add, {
    productId: p!.id,
    variantId: null,
    quantity: 1,
    locale: "fr",
  });
  console.log(a.status, a.ms, "ms", a.text.length, "bytes", a.text.slice(0, 80).replace(/\n/g, " | "));
}
await db.$disconnect();
s.close();
