// The shoppers of the load test: each one fills a cart, changes it, and checks out, several times over,
// all at once. What the shop answered is kept in the AnswerLog; what the shoppers believe they bought (the
// orders the shop confirmed to them) is returned, to be compared with the database.
import { type ActionIds, type Answer, AnswerLog, Shopper } from "./shopper";

export type LoadProduct = { productId: string; variantId: string | null; slug: string };
export type LoadPlan = {
  /** bought in every visit, never short */
  plentiful: LoadProduct[];
  /** one unit in every visit: more demand than stock, so shoppers race for the last units */
  scarce: LoadProduct[];
};

/** Refusals a shopper may get in this test: the shop saying no on purpose (stock ran out), not a failure. */
export const EXPECTED_REFUSALS = new Set(["outOfStock", "productUnavailable", "cartChanged"]);

export type LoadResult = { confirmedOrderIds: string[]; checkoutAttempts: number };

const CART_PAGE = "/fr/cart";
const CHECKOUT_PAGE = "/fr/checkout";

/**
 * Runs `shoppers` shoppers in parallel, each making `visits` visits (or more, until `until`) of ten cart
 * operations and a checkout.
 * Shopper i connects from `${addressPrefix}.${i + 1}`.
 */
export async function runShoppers(options: {
  shoppers: number;
  visits: number;
  addressPrefix: string;
  target: URL;
  site: URL;
  actions: ActionIds;
  plan: LoadPlan;
  log: AnswerLog;
  /** keep visiting (past `visits`) until this instant, in ms since the epoch */
  until?: number;
  /** how long a shopper waits for an answer before giving up (recorded as a timeout) */
  timeoutMs: number;
}): Promise<LoadResult> {
  const confirmed: string[] = [];
  let checkoutAttempts = 0;
  const one = async (index: number) => {
    const address = `${options.addressPrefix}.${index + 1}`;
    const shopper = new Shopper(options.target, options.site, address, options.log, options.timeoutMs);
    try {
      for (let visit = 0; visit < options.visits || Date.now() < (options.until ?? 0); visit++) {
        const lines = await fillAndChangeCart(shopper, options.actions, options.plan, index + visit);
        // A shopper whose additions all failed (the database was down) sees an empty cart and shops again
        // rather than checking out nothing; the shop would rightly refuse that checkout ("emptyCart").
        if (lines.length === 0) continue;
        // The checkout page, rendered for this cart on every request (a page of its own, not an action).
        await shopper.get("checkout page", CHECKOUT_PAGE);
        // A shopper whose checkout is refused because the last units went meanwhile drops those lines and
        // tries once more, as anyone would.
        for (let attempt = 0; attempt < 2; attempt++) {
          checkoutAttempts++;
          const answer = await placeDemoOrder(shopper, options.actions, {
            email: `charge-${index}-${visit}@example.fr`,
            name: `Client ${index}`,
          });
          const orderId = orderIdOf(answer);
          if (orderId) {
            confirmed.push(orderId);
            break;
          }
          if (!answer.refusal) break;
          const left = await dropShortLines(shopper, options.actions, options.plan);
          if (left.length === 0) break;
        }
      }
    } finally {
      shopper.close();
    }
  };
  await Promise.all(Array.from({ length: options.shoppers }, (_, index) => one(index)));
  return { confirmedOrderIds: confirmed, checkoutAttempts };
}

/**
 * Ten cart operations: four additions, four reads of the cart, a change of quantity and a removal.
 * Returns the lines of the last read (none if that read failed).
 */
async function fillAndChangeCart(shopper: Shopper, actions: ActionIds, plan: LoadPlan, seed: number) {
  const pick = (i: number) => plan.plentiful[(seed + i) % plan.plentiful.length]!;
  const [first, second, third] = [pick(0), pick(1), pick(2)];
  const scarce = plan.scarce[seed % plan.scarce.length]!;
  await add(shopper, actions, first, 1 + (seed % 3));
  await readCart(shopper);
  await add(shopper, actions, scarce, 1);
  await add(shopper, actions, second, 1);
  const lines = await readCart(shopper);
  const firstLine = lines.find((line) => sameProduct(line, first));
  if (firstLine) {
    await shopper.callAction("cart: change quantity", CART_PAGE, actions.updateLine, {
      lineId: firstLine.id,
      quantity: 1 + ((seed + 1) % 4),
      locale: "fr",
    });
  }
  await add(shopper, actions, third, 1);
  const thirdLine = (await readCart(shopper)).find((line) => sameProduct(line, third));
  if (thirdLine && third !== first && third !== second) {
    await shopper.callAction("cart: remove line", CART_PAGE, actions.removeLine, {
      lineId: thirdLine.id,
      locale: "fr",
    });
  }
  return readCart(shopper);
}

function add(shopper: Shopper, actions: ActionIds, product: LoadProduct, quantity: number) {
  return shopper.callAction("cart: add", `/fr/product/${product.slug}`, actions.addToCart, {
    productId: product.productId,
    variantId: product.variantId,
    quantity,
    locale: "fr",
  });
}

type CartLine = { id: string; productId: string; variantId: string | null };

async function readCart(shopper: Shopper): Promise<CartLine[]> {
  const answer = await shopper.get("cart: read", "/api/cart?locale=fr");
  if (answer.status !== 200) return [];
  try {
    return (JSON.parse(answer.text) as { lines: CartLine[] }).lines;
  } catch {
    return [];
  }
}

const sameProduct = (line: CartLine, product: LoadProduct) =>
  line.productId === product.productId && line.variantId === product.variantId;

/** Removes the scarce lines, and accepts whatever else the cart says changed. Returns the lines left. */
async function dropShortLines(shopper: Shopper, actions: ActionIds, plan: LoadPlan): Promise<CartLine[]> {
  const left: CartLine[] = [];
  for (const line of await readCart(shopper)) {
    if (plan.scarce.some((product) => sameProduct(line, product))) {
      await shopper.callAction("cart: remove line", CART_PAGE, actions.removeLine, { lineId: line.id, locale: "fr" });
    } else {
      left.push(line);
    }
  }
  return left;
}

/** Places a demo order for the cart, as the checkout form posts it (the same address for everyone, in Lyon). */
export function placeDemoOrder(shopper: Shopper, actions: ActionIds, contact: { email: string; name: string }) {
  return shopper.submitForm("checkout", CHECKOUT_PAGE, actions.placeOrder, {
    locale: "fr",
    email: contact.email,
    "shipping.name": contact.name,
    "shipping.company": "",
    "shipping.line1": "12 rue de la Charge",
    "shipping.line2": "",
    "shipping.postalCode": "69003",
    "shipping.city": "Lyon",
    "shipping.country": "FR",
    "shipping.phone": "",
    billingSameAsShipping: "on",
    shippingMethod: "colissimo",
    provider: "demo",
  });
}

/** The order a checkout's answer sends the shopper to ("/fr/order/<id>"), or null. */
export function orderIdOf(answer: Answer): string | null {
  const target = String(answer.headers["x-action-redirect"] ?? "");
  return /\/order\/([a-z0-9]+)/.exec(target)?.[1] ?? null;
}
