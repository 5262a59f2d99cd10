// The cart, stored in the database. Every read re-checks prices and stock against the catalogue: a
// price change or a shortage is reported as an issue for the shopper to see, never applied silently.
// A change the shop refuses throws a DomainError ("outOfStock", "lineNotFound"…).
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { MAX_LINE_QUANTITY } from "@/lib/orders/totals";

export type CartIssue =
  | { kind: "priceChanged"; fromCents: number; toCents: number }
  | { kind: "unavailable" }
  | { kind: "insufficientStock"; available: number };

export type CartLineView = {
  id: string;
  productId: string;
  variantId: string | null;
  slug: string;
  name: string;
  size: string | null;
  colour: string | null;
  sku: string;
  imageUrl: string | null;
  imageAlt: string;
  quantity: number;
  /** the price the shopper agreed to */
  unitPriceCents: number;
  /** today's catalogue price */
  currentPriceCents: number;
  vatRateBp: number;
  available: number;
  issue: CartIssue | null;
};

export type CartView = {
  id: string | null;
  lines: CartLineView[];
  itemCount: number;
  subtotalCents: number;
  hasIssues: boolean;
};

export const EMPTY_CART: CartView = { id: null, lines: [], itemCount: 0, subtotalCents: 0, hasIssues: false };

const lineInclude = {
  product: { include: { images: { orderBy: { position: "asc" as const }, take: 1 } } },
  variant: true,
};

export async function getCart(db: Db | Tx, cartId: string | null, locale: Locale): Promise<CartView> {
  if (!cartId) return EMPTY_CART;
  const cart = await db.cart.findUnique({
    where: { id: cartId },
    include: { lines: { include: lineInclude, orderBy: { createdAt: "asc" } } },
  });
  if (!cart) return EMPTY_CART;

  const lines = cart.lines.map((line): CartLineView => {
    const { product, variant } = line;
    const active = product.active && (variant ? variant.active : true);
    const currentPriceCents = variant?.priceCents ?? product.priceCents;
    const available = active ? Math.max(variant ? variant.stock : product.stock, 0) : 0;
    const image = product.images[0];
    return {
      id: line.id,
      productId: product.id,
      variantId: variant?.id ?? null,
      slug: product.slug,
      name: localize(product.name, locale),
      size: variant?.size ?? null,
      colour: variant?.colour ?? null,
      sku: variant?.sku ?? product.slug,
      imageUrl: image?.url ?? null,
      imageAlt: image ? localize(image.alt, locale) : "",
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      currentPriceCents,
      vatRateBp: product.vatRateBp,
      available,
      issue: !active
        ? { kind: "unavailable" }
        : available < line.quantity
          ? { kind: "insufficientStock", available }
          : currentPriceCents !== line.unitPriceCents
            ? { kind: "priceChanged", fromCents: line.unitPriceCents, toCents: currentPriceCents }
            : null,
    };
  });
  return {
    id: cart.id,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalCents: lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0),
    hasIssues: lines.some((line) => line.issue !== null),
  };
}

export type AddToCartInput = { productId: string; variantId?: string | null; quantity: number };

/** Adds an item (or more of it); creates the cart when there is none. Returns the cart id. */
export async function addToCart(db: Db, cartId: string | null, input: AddToCartInput): Promise<string> {
  assertQuantity(input.quantity);
  const product = await db.product.findFirst({
    where: { id: input.productId, active: true },
    include: { variants: { where: { active: true } } },
  });
  if (!product) throw new DomainError("productUnavailable");
  let variant = null;
  if (product.variants.length > 0) {
    if (!input.variantId) throw new DomainError("variantRequired");
    variant = product.variants.find((v) => v.id === input.variantId) ?? null;
    if (!variant) throw new DomainError("variantMismatch");
  } else if (input.variantId) {
    throw new DomainError("variantMismatch");
  }
  const available = variant ? variant.stock : product.stock;
  const unitPriceCents = variant?.priceCents ?? product.priceCents;
  const itemKey = `${product.id}:${variant?.id ?? ""}`;

  return db.$transaction(async (tx) => {
    const cart = cartId ? await tx.cart.findUnique({ where: { id: cartId } }) : null;
    const id = cart?.id ?? (await tx.cart.create({ data: {} })).id;
    const existing = await tx.cartLine.findUnique({ where: { cartId_itemKey: { cartId: id, itemKey } } });
    const quantity = (existing?.quantity ?? 0) + input.quantity;
    if (quantity > MAX_LINE_QUANTITY) throw new DomainError("quantity");
    if (quantity > available) throw new DomainError("outOfStock");
    await tx.cartLine.upsert({
      where: { cartId_itemKey: { cartId: id, itemKey } },
      create: { cartId: id, productId: product.id, variantId: variant?.id, itemKey, quantity, unitPriceCents },
      update: { quantity, unitPriceCents },
    });
    await tx.cart.update({ where: { id }, data: { updatedAt: new Date() } });
    return id;
  });
}

/** Sets a line's quantity; stock is re-checked, and the current price becomes the agreed one. */
export async function updateCartLine(db: Db, cartId: string, lineId: string, quantity: number): Promise<void> {
  assertQuantity(quantity);
  const line = await db.cartLine.findFirst({
    where: { id: lineId, cartId },
    include: { product: true, variant: true },
  });
  if (!line) throw new DomainError("lineNotFound");
  if (!line.product.active || (line.variant && !line.variant.active)) throw new DomainError("productUnavailable");
  const available = line.variant ? line.variant.stock : line.product.stock;
  if (quantity > available) throw new DomainError("outOfStock");
  await db.cartLine.update({
    where: { id: line.id },
    data: { quantity, unitPriceCents: line.variant?.priceCents ?? line.product.priceCents },
  });
}

export async function removeCartLine(db: Db, cartId: string, lineId: string): Promise<void> {
  const { count } = await db.cartLine.deleteMany({ where: { id: lineId, cartId } });
  if (count === 0) throw new DomainError("lineNotFound");
}

/**
 * The shopper accepted the changes shown to them: new prices become the agreed ones, quantities are
 * cut to what is in stock, unavailable lines are removed.
 */
export async function acceptCartChanges(db: Db, cartId: string, locale: Locale): Promise<void> {
  const cart = await getCart(db, cartId, locale);
  await db.$transaction(async (tx) => {
    for (const line of cart.lines) {
      if (!line.issue) continue;
      const quantity = Math.min(line.quantity, line.available);
      if (line.issue.kind === "unavailable" || quantity === 0) await tx.cartLine.delete({ where: { id: line.id } });
      else
        await tx.cartLine.update({
          where: { id: line.id },
          data: { quantity, unitPriceCents: line.currentPriceCents },
        });
    }
  });
}

/**
 * Merges a guest cart into a customer's cart at sign-in (P16): quantities add up (capped at the
 * per-line maximum), the guest cart is then deleted. Returns the customer's cart id.
 */
export async function mergeCarts(db: Db, guestCartId: string, customerCartId: string): Promise<string> {
  if (guestCartId === customerCartId) return customerCartId;
  return db.$transaction(async (tx) => {
    const guestLines = await tx.cartLine.findMany({ where: { cartId: guestCartId } });
    for (const line of guestLines) {
      const existing = await tx.cartLine.findUnique({
        where: { cartId_itemKey: { cartId: customerCartId, itemKey: line.itemKey } },
      });
      // A shortage is not hidden here: the merged cart reports it like any other (getCart issues).
      const quantity = Math.min((existing?.quantity ?? 0) + line.quantity, MAX_LINE_QUANTITY);
      await tx.cartLine.upsert({
        where: { cartId_itemKey: { cartId: customerCartId, itemKey: line.itemKey } },
        create: {
          cartId: customerCartId,
          productId: line.productId,
          variantId: line.variantId,
          itemKey: line.itemKey,
          quantity,
          unitPriceCents: line.unitPriceCents,
        },
        update: { quantity },
      });
    }
    await tx.cart.delete({ where: { id: guestCartId } });
    return customerCartId;
  });
}

function assertQuantity(quantity: number) {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) throw new DomainError("quantity");
}

/**
 * At sign-in (P16): the guest cart joins the customer's cart if they have one (quantities add up), or
 * becomes theirs. Only a cart that belongs to no one is taken: the cookie of another customer's cart (a
 * shared computer) leaves that cart alone and the customer gets their own, a new empty one if need be.
 * Returns the id of the customer's cart, for the cookie.
 */
export async function attachCartToUser(db: Db, guestCartId: string | null, userId: string): Promise<string | null> {
  if (!userId) return null;
  const own = await db.cart.findFirst({ where: { userId }, orderBy: { updatedAt: "desc" }, select: { id: true } });
  const guest = guestCartId
    ? await db.cart.findUnique({ where: { id: guestCartId }, select: { id: true, userId: true } })
    : null;
  if (!guest) return own?.id ?? null;
  const othersCart = guest.userId !== null && guest.userId !== userId;
  if (own) return othersCart ? own.id : mergeCarts(db, guest.id, own.id);
  // Conditional: a cart given to someone else meanwhile is not taken either.
  if (!othersCart && (await claimCart(db, guest.id, userId))) return guest.id;
  return (await db.cart.create({ data: { userId }, select: { id: true } })).id;
}

/**
 * Gives a cart that belongs to no one to the customer, so that it is found again at their next sign-in
 * (P16). Returns whether it did: another customer's cart is never taken.
 */
export async function claimCart(db: Db, cartId: string, userId: string): Promise<boolean> {
  if (!cartId || !userId) return false;
  const { count } = await db.cart.updateMany({ where: { id: cartId, userId: null }, data: { userId } });
  return count === 1;
}
