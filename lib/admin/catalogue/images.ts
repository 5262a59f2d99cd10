// Product photos: uploaded from the back office into UPLOAD_DIR (served by app/media/[...path]/route.ts), checked
// from their bytes (JPEG, PNG or WebP; a name whose extension says otherwise is refused), at most 5 MB, their size
// in pixels read from the header; then alt texts in French and English, order and deletion. Every write audited.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { assertAdmin } from "../access";
import { recordAudit, type AuditActor } from "../audit";
import { extensionMatches, IMAGE_TYPES, sniffImage } from "./image-sniff";
import { categoryChainSlugs, storefrontPaths } from "./storefront-paths";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Public address of the uploaded files (app/media/[...path]/route.ts). */
export const MEDIA_PREFIX = "/media";

export type UploadedFile = { name: string; size: number; bytes: () => Promise<Uint8Array> };

const AUDITED = { productId: true, position: true, width: true, height: true } as const;

/**
 * Gallery positions are unique per product: a write that picks or swaps positions first locks the product's row,
 * so that two at once (two tabs, two admins) run one after the other instead of colliding on a position (a 500).
 */
async function lockGallery(tx: Tx, productId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Product" WHERE id = ${productId} FOR UPDATE`;
}

async function productPaths(tx: Tx, productId: string): Promise<string[]> {
  const product = await tx.product.findUniqueOrThrow({
    where: { id: productId },
    select: { slug: true, categoryId: true },
  });
  return storefrontPaths({
    productSlugs: [product.slug],
    categorySlugs: await categoryChainSlugs(tx, product.categoryId),
  });
}

/**
 * Checks the file, writes it under `uploadDir/products/<productId>/` with a random name, and records it last
 * in the product's gallery. The checks come before anything is written; a failed transaction removes the file.
 */
export async function uploadProductImage(
  db: Db,
  viewer: AuditActor,
  input: { productId: string; altFr: string; altEn: string; file: UploadedFile },
  uploadDir: string,
  now: Date,
): Promise<{ id: string; url: string; paths: string[] }> {
  assertAdmin(viewer);
  const { file } = input;
  if (file.size === 0) throw new DomainError("required", { field: "file" });
  // Checked on the declared size first, so that an enormous file is not read into memory for nothing.
  if (file.size > MAX_IMAGE_BYTES) throw new DomainError("imageTooLarge", { field: "file" });
  const bytes = await file.bytes();
  if (bytes.length > MAX_IMAGE_BYTES) throw new DomainError("imageTooLarge", { field: "file" });
  const image = sniffImage(bytes);
  if (!image) throw new DomainError("imageNotImage", { field: "file" });
  if (!extensionMatches(file.name, image.kind)) throw new DomainError("imageExtension", { field: "file" });

  const product = await db.product.findUnique({ where: { id: input.productId }, select: { id: true } });
  if (!product) throw new DomainError("notFound");
  const fileName = `${randomBytes(12).toString("hex")}.${IMAGE_TYPES[image.kind].extensions[0]}`;
  const directory = path.join(uploadDir, "products", product.id);
  const filePath = path.join(directory, fileName);
  await mkdir(directory, { recursive: true });
  await writeFile(filePath, bytes, { flag: "wx" });
  try {
    return await db.$transaction(async (tx) => {
      await lockGallery(tx, product.id);
      const last = await tx.productImage.aggregate({ where: { productId: product.id }, _max: { position: true } });
      const row = await tx.productImage.create({
        data: {
          productId: product.id,
          url: `${MEDIA_PREFIX}/products/${product.id}/${fileName}`,
          alt: { fr: input.altFr, en: input.altEn },
          width: image.width,
          height: image.height,
          position: (last._max.position ?? -1) + 1,
        },
        select: { id: true, url: true, ...AUDITED },
      });
      await recordAudit(tx, viewer, {
        action: "productImage.upload",
        target: { type: "productImage", id: row.id },
        after: row,
        at: now,
      });
      return { id: row.id, url: row.url, paths: await productPaths(tx, product.id) };
    });
  } catch (error) {
    await rm(filePath, { force: true });
    throw error;
  }
}

export async function updateImageAlt(
  db: Db,
  viewer: AuditActor,
  input: { imageId: string; version: number; altFr: string; altEn: string },
  now: Date,
): Promise<{ productId: string; version: number; paths: string[] }> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const image = await tx.productImage.findUnique({ where: { id: input.imageId }, select: AUDITED });
    if (!image) throw new DomainError("notFound");
    // Only if nobody saved this photo's alt texts since the form was loaded (two admins, one photo).
    const { count } = await tx.productImage.updateMany({
      where: { id: input.imageId, version: input.version },
      data: { alt: { fr: input.altFr, en: input.altEn }, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("staleEdit");
    await recordAudit(tx, viewer, {
      action: "productImage.update",
      target: { type: "productImage", id: input.imageId },
      at: now,
    });
    return { productId: image.productId, version: input.version + 1, paths: await productPaths(tx, image.productId) };
  });
}

/** Swaps the image with its neighbour ("up": towards the first place, the one listings show). */
export async function moveImage(
  db: Db,
  viewer: AuditActor,
  input: { imageId: string; direction: "up" | "down" },
  now: Date,
): Promise<{ productId: string; paths: string[] }> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const found = await tx.productImage.findUnique({ where: { id: input.imageId }, select: { productId: true } });
    if (!found) throw new DomainError("notFound");
    await lockGallery(tx, found.productId);
    // Read again under the lock: another move may have changed its position meanwhile.
    const image = await tx.productImage.findUnique({ where: { id: input.imageId }, select: { id: true, ...AUDITED } });
    if (!image) throw new DomainError("notFound");
    const neighbour = await tx.productImage.findFirst({
      where: {
        productId: image.productId,
        position: input.direction === "up" ? { lt: image.position } : { gt: image.position },
      },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (neighbour) {
      // Positions are unique per product: the swap goes through a free one.
      await tx.productImage.update({ where: { id: image.id }, data: { position: -1 } });
      await tx.productImage.update({ where: { id: neighbour.id }, data: { position: image.position } });
      await tx.productImage.update({ where: { id: image.id }, data: { position: neighbour.position } });
      await recordAudit(tx, viewer, {
        action: "productImage.reorder",
        target: { type: "productImage", id: image.id },
        before: image,
        after: { ...image, position: neighbour.position },
        at: now,
      });
    }
    return { productId: image.productId, paths: await productPaths(tx, image.productId) };
  });
}

/** Deletes the row, then its file (a file left behind by a crash is harmless; a row without its file is not). */
export async function deleteImage(
  db: Db,
  viewer: AuditActor,
  input: { imageId: string },
  uploadDir: string,
  now: Date,
): Promise<{ productId: string; paths: string[] }> {
  assertAdmin(viewer);
  const { url, productId, paths } = await db.$transaction(async (tx) => {
    const image = await tx.productImage.findUnique({ where: { id: input.imageId }, select: { url: true, ...AUDITED } });
    if (!image) throw new DomainError("notFound");
    await tx.productImage.delete({ where: { id: input.imageId } });
    await recordAudit(tx, viewer, {
      action: "productImage.delete",
      target: { type: "productImage", id: input.imageId },
      before: image,
      after: null,
      at: now,
    });
    return { url: image.url, productId: image.productId, paths: await productPaths(tx, image.productId) };
  });
  // Only files we uploaded live under /media; the demo catalogue's images ship with the code.
  const relative = uploadedFilePath(url);
  if (relative) await rm(path.join(uploadDir, relative), { force: true });
  return { productId, paths };
}

/** The path inside UPLOAD_DIR of an uploaded image's URL, or null for any other URL. */
export function uploadedFilePath(url: string): string | null {
  const match = /^\/media\/(products\/[A-Za-z0-9_-]+\/[a-f0-9]+\.(?:jpg|png|webp))$/.exec(url);
  return match ? match[1]! : null;
}
