// The shop the PayPal tests run against: a fresh database with the fixture catalogue (plenty of apricot jam)
// and a local fake of PayPal's REST API, with a shopper's PayPal order before and after PayPal's window opens.
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import type { PayPalConfig, PaymentConfig } from "@/lib/payments/config";
import { startPayPalCheckout } from "@/lib/payments/paypal/checkout";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { startFakePayPal, type FakePayPal } from "../fakes/paypal";
import { cartWith, checkoutInput } from "./commerce";
import { createTestDb, type TestDb } from "./test-db";

export type PayPalShop = {
  testDb: TestDb;
  db: Db;
  fake: FakePayPal;
  config: PayPalConfig;
  paymentConfig: PaymentConfig;
  close: () => Promise<void>;
};

export async function startPayPalShop(): Promise<PayPalShop> {
  const testDb = await createTestDb();
  const db = testDb.db;
  try {
    await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
    await db.product.update({ where: { slug: "confiture-abricot" }, data: { stock: 500 } });
    // Started last: if anything before fails, the database is all there is to close.
    const fake = await startFakePayPal();
    const config = {
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      webhookId: fake.webhookId,
      apiUrl: fake.url,
    };
    const close = async () => {
      await fake.close();
      await testDb.close();
    };
    return { testDb, db, fake, config, paymentConfig: { stripe: null, paypal: config }, close };
  } catch (error) {
    await testDb.close();
    throw error;
  }
}

/** A shopper's pending PayPal order: 2 jars of jam (2 × 6.50) + Colissimo 5.90 = 18.90. */
export async function pendingPayPalOrder(shop: PayPalShop) {
  const cartId = await cartWith(shop.db, [{ slug: "confiture-abricot", quantity: 2 }]);
  const placed = await placeOrder(
    shop.db,
    { config: shop.paymentConfig, now: new Date() },
    { cartId, locale: "fr", input: checkoutInput({ provider: "paypal" }) },
  );
  if (!placed.ok) throw new Error(`placeOrder: ${placed.reason}`);
  return { order: placed.order, cartId };
}

/** …for which the PayPal order was created (the shopper is now in PayPal's window). */
export async function startedPayPalOrder(shop: PayPalShop) {
  const { order, cartId } = await pendingPayPalOrder(shop);
  const { paypalOrderId } = await startPayPalCheckout(shop.db, shop.config, order.id);
  return { order, cartId, paypalOrderId };
}
