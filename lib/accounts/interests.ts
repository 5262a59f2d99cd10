// Interests (P4): the products a signed-in customer looked at, so that they can see and clear them in
// "Mon compte". Recorded only while the customer's switch (User.recordInterests) is on; visitors who are
// not signed in are never recorded (for them, consent comes with the privacy issue, P13).
import { z } from "zod";
import { allowedOrigins } from "@/lib/actions/origins";
import type { Db, Tx } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { readBeaconBody } from "@/lib/http/beacon";
import { checkbox } from "@/lib/forms/fields";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

const id = z.string().regex(/^[a-z0-9]{10,40}$/);
export const productIdSchema = z.object({ productId: id });
export const interestsSettingSchema = z.object({
  recordInterests: z.boolean(),
  /** when turning recording off: also forget what was recorded */
  clear: z.boolean(),
});

/** The interests page: intent "remove" (productId), "clear" (everything) or "setting" (two checkboxes). */
export const interestsFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("remove"), productId: id }),
  z.object({ intent: z.literal("clear") }),
  z.object({ intent: z.literal("setting"), recordInterests: checkbox, clear: checkbox }),
]);

export type InterestView = {
  productId: string;
  slug: string;
  name: string;
  imageUrl: string | null;
  imageAlt: string;
  /** retired products stay listed (the customer did view them) but lead nowhere */
  active: boolean;
  viewCount: number;
  lastViewedAt: Date;
};

/**
 * Records that the customer viewed a product: one row per product, its count and last date updated.
 * Returns false (and records nothing) without a customer, with the switch off, or for an unknown product.
 */
export async function recordProductView(
  db: Db | Tx,
  userId: string | null | undefined,
  productId: string,
  now: Date,
): Promise<boolean> {
  if (!userId || !id.safeParse(productId).success) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { recordInterests: true } });
  if (!user?.recordInterests) return false;
  const product = await db.product.findFirst({ where: { id: productId, active: true }, select: { id: true } });
  if (!product) return false;
  await db.productView.upsert({
    where: { userId_productId: { userId, productId } },
    create: { userId, productId, firstViewAt: now, lastViewedAt: now },
    update: { viewCount: { increment: 1 }, lastViewedAt: now },
  });
  return true;
}

const VIEW_BEACON_MAX_BYTES = 1_024;

/**
 * A view sent by the (static) product page as a beacon (app/api/product-views): a plain request, so that the
 * page does no router work for it while it starts. Records through recordProductView (nothing for a visitor who
 * is not signed in, nor with the switch off); the HTTP status to answer, which the browser ignores.
 */
export async function receiveProductViewBeacon(
  deps: { db: Db; env: Pick<Env, "SITE_URL" | "NODE_ENV">; currentUserId: () => Promise<string | null> },
  request: Request,
  now: Date,
): Promise<number> {
  const origin = request.headers.get("origin");
  if (origin && !allowedOrigins(deps.env).includes(origin)) return 403;
  const parsed = await readBeaconBody(request, productIdSchema, VIEW_BEACON_MAX_BYTES);
  if ("status" in parsed) return parsed.status;
  const userId = await deps.currentUserId();
  if (userId) await recordProductView(deps.db, userId, parsed.data.productId, now);
  return 204;
}

/** The customer's viewed products, most recent first. */
export async function listInterests(db: Db | Tx, userId: string, locale: Locale): Promise<InterestView[]> {
  if (!userId) return [];
  const views = await db.productView.findMany({
    where: { userId },
    orderBy: { lastViewedAt: "desc" },
    include: { product: { include: { images: { orderBy: { position: "asc" }, take: 1 } } } },
  });
  return views.map(({ product, viewCount, lastViewedAt }) => {
    const image = product.images[0];
    return {
      productId: product.id,
      slug: product.slug,
      name: localize(product.name, locale),
      imageUrl: image?.url ?? null,
      imageAlt: image ? localize(image.alt, locale) : "",
      active: product.active,
      viewCount,
      lastViewedAt,
    };
  });
}

/** Forgets one viewed product; returns whether there was one (another customer's rows are never touched). */
export async function removeInterest(db: Db | Tx, userId: string, productId: string): Promise<boolean> {
  if (!userId || !id.safeParse(productId).success) return false;
  const { count } = await db.productView.deleteMany({ where: { userId, productId } });
  return count > 0;
}

/**
 * Forgets one viewed product and returns its name in `locale`, for the confirmation; null (and nothing
 * removed) when the customer had not viewed it, even if another customer had.
 */
export async function removeInterestWithName(
  db: Db | Tx,
  userId: string,
  productId: string,
  locale: Locale,
): Promise<string | null> {
  if (!userId || !id.safeParse(productId).success) return null;
  const view = await db.productView.findUnique({
    where: { userId_productId: { userId, productId } },
    select: { product: { select: { name: true } } },
  });
  if (!view || !(await removeInterest(db, userId, productId))) return null;
  return localize(view.product.name, locale);
}

/** Forgets every viewed product of the customer; returns how many. */
export async function clearInterests(db: Db | Tx, userId: string): Promise<number> {
  if (!userId) return 0;
  const { count } = await db.productView.deleteMany({ where: { userId } });
  return count;
}

export async function isRecordingInterests(db: Db | Tx, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { recordInterests: true } });
  return user?.recordInterests ?? false;
}

/**
 * Turns recording on or off. Turning it off can also forget what was recorded (the form offers it,
 * checked by default): stopping usually means "I do not want this kept".
 */
export async function setRecordInterests(
  db: Db,
  userId: string,
  setting: z.infer<typeof interestsSettingSchema>,
): Promise<{ cleared: number }> {
  if (!userId) return { cleared: 0 };
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { recordInterests: setting.recordInterests } });
    const cleared = !setting.recordInterests && setting.clear ? await clearInterests(tx, userId) : 0;
    return { cleared };
  });
}
