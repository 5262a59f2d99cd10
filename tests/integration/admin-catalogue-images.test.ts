// Product photos and stock adjustments in the back office: a photo is checked from its bytes (type, extension,
// size) before anything is written, stored in UPLOAD_DIR with its pixel size; stock never goes below zero and
// every adjustment is recorded with its reason and audited (P9).
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  deleteImage,
  MAX_IMAGE_BYTES,
  moveImage,
  updateImageAlt,
  uploadProductImage,
  type UploadedFile,
} from "@/lib/admin/catalogue/images";
import { getProductForEdit } from "@/lib/admin/catalogue/products";
import { imageAltSchema } from "@/lib/admin/catalogue/schemas";
import { adjustStock } from "@/lib/admin/catalogue/stock";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { applyRetention, RETENTION_DAYS } from "@/lib/privacy/retention";
import type { Db } from "@/lib/db/client";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { refusal } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { jpeg, png } from "../helpers/image-bytes";

let testDb: TestDb;
let db: Db;
let uploadDir: string;
const now = new Date("2026-12-03T10:00:00Z");
let admin: { id: string; role: "admin" };
let productId: string;

const JPEG = jpeg(64, 48);

const file = (name: string, bytes: Buffer, size = bytes.length): UploadedFile => ({
  name,
  size,
  bytes: async () => new Uint8Array(bytes),
});
const upload = (uploaded: UploadedFile) =>
  uploadProductImage(
    db,
    admin,
    { productId, altFr: "Vue de face", altEn: "Front view", file: uploaded },
    uploadDir,
    now,
  );
const filesOnDisk = async () => readdir(path.join(uploadDir, "products", productId)).catch(() => [] as string[]);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  uploadDir = await mkdtemp(path.join(tmpdir(), "plusuite-uploads-"));
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  admin = { id: (await db.user.create({ data: { email: "admin@plusuite.test", role: "admin" } })).id, role: "admin" };
  productId = (await db.product.findUniqueOrThrow({ where: { slug: "bol-gres" } })).id;
});
afterAll(async () => {
  await testDb.close();
  await rm(uploadDir, { recursive: true, force: true });
});

describe("product photos", () => {
  test("P9: a PNG is stored under UPLOAD_DIR with its pixel size, last in the gallery, audited", async () => {
    const before = await db.productImage.count({ where: { productId } });
    const uploaded = await upload(file("bol.png", png(4, 3)));
    expect(uploaded.url).toMatch(new RegExp(`^/media/products/${productId}/[a-f0-9]{24}\\.png$`));
    expect(uploaded.paths).toContain("/en/product/bol-gres");
    const row = await db.productImage.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({ width: 4, height: 3, position: before, alt: { fr: "Vue de face", en: "Front view" } });
    const stored = await readFile(path.join(uploadDir, uploaded.url.replace(/^\/media\//, "")));
    expect(stored.equals(png(4, 3))).toBe(true);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "productImage.upload", targetId: uploaded.id },
    });
    expect(audit.after).toEqual({ productId, position: before, width: 4, height: 3 });
  });

  test("a JPEG named .jpg is accepted; the same bytes named .png, a text file, a file over 5 MB are refused and nothing is written", async () => {
    expect(await upload(file("bol.JPG", JPEG))).toMatchObject({ url: expect.stringMatching(/\.jpg$/) });
    const onDisk = await filesOnDisk();
    const rows = await db.productImage.count({ where: { productId } });
    await expect(upload(file("bol.png", JPEG))).rejects.toEqual(
      expect.objectContaining({ code: "imageExtension", field: "file" }),
    );
    await expect(upload(file("notes.png", Buffer.from("ceci n’est pas une image")))).rejects.toEqual(
      expect.objectContaining({ code: "imageNotImage", field: "file" }),
    );
    await expect(upload(file("huge.png", png(4, 3), MAX_IMAGE_BYTES + 1))).rejects.toEqual(
      expect.objectContaining({ code: "imageTooLarge", field: "file" }),
    );
    const padded = Buffer.concat([png(4, 3), Buffer.alloc(MAX_IMAGE_BYTES)]);
    await expect(upload(file("padded.png", padded, 10))).rejects.toEqual(
      expect.objectContaining({ code: "imageTooLarge" }),
    );
    await expect(upload(file("", Buffer.alloc(0)))).rejects.toEqual(
      expect.objectContaining({ code: "required", field: "file" }),
    );
    expect(await filesOnDisk()).toEqual(onDisk);
    expect(await db.productImage.count({ where: { productId } })).toBe(rows);
  });

  test("photos uploaded at the same time (two tabs, two admins) all land, each at its own place", async () => {
    const before = await db.productImage.count({ where: { productId } });
    const uploaded = await Promise.all(
      Array.from({ length: 4 }, (_, index) => upload(file(`p${index}.png`, png(2, 2)))),
    );
    const rows = await db.productImage.findMany({ where: { id: { in: uploaded.map((image) => image.id) } } });
    expect(rows.map((row) => row.position).sort()).toEqual([before, before + 1, before + 2, before + 3]);
  });

  test("photos moved at the same time keep distinct positions and are all moved", async () => {
    const images = () => db.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
    const gallery = await images();
    expect(gallery.length).toBeGreaterThanOrEqual(4);
    // Each of the last three moves up once, all at once: the swaps run one after the other.
    const moved = gallery.slice(-3);
    await Promise.all(moved.map((image) => moveImage(db, admin, { imageId: image.id, direction: "up" }, now)));
    const after = await images();
    expect(new Set(after.map((image) => image.position)).size).toBe(after.length);
    expect(after.map((image) => image.id).sort()).toEqual(gallery.map((image) => image.id).sort());
  });

  test("photos move up and down (positions stay unique) and a deleted photo's file is removed", async () => {
    const images = () => db.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
    const [first, second] = await images();
    await moveImage(db, admin, { imageId: second!.id, direction: "up" }, now);
    expect((await images()).slice(0, 2).map((image) => image.id)).toEqual([second!.id, first!.id]);
    // The first can go no higher: nothing changes, nothing is audited.
    const reorders = await db.auditEntry.count({ where: { action: "productImage.reorder" } });
    await moveImage(db, admin, { imageId: second!.id, direction: "up" }, now);
    expect(await db.auditEntry.count({ where: { action: "productImage.reorder" } })).toBe(reorders);

    const last = (await images()).at(-1)!;
    const filePath = path.join(uploadDir, last.url.replace(/^\/media\//, ""));
    expect((await stat(filePath)).isFile()).toBe(true);
    await deleteImage(db, admin, { imageId: last.id }, uploadDir, now);
    await expect(stat(filePath)).rejects.toMatchObject({ code: "ENOENT" });
    expect(await db.auditEntry.count({ where: { action: "productImage.delete", targetId: last.id } })).toBe(1);
  });

  test("P9: two admins edit the same photo's alt texts: the second save, made from the older version, is refused", async () => {
    const { id } = await upload(file("alt.png", png(2, 2)));
    const otherAdmin = {
      id: (await db.user.create({ data: { email: "admin2@plusuite.test", role: "admin" } })).id,
      role: "admin" as const,
    };
    // Both forms as the product page renders them, loaded before either save.
    const loaded = (await getProductForEdit(db, admin, productId))!.images.find((image) => image.id === id)!;
    const form = (altFr: string, altEn: string) =>
      imageAltSchema.parse({ imageId: id, version: String(loaded.version), altFr, altEn });
    const first = await updateImageAlt(db, admin, form("Bol vu de dessus", "Bowl from above"), now);
    expect(first.version).toBe(loaded.version + 1);
    await expect(updateImageAlt(db, otherAdmin, form("Bol", "Bowl"), now)).rejects.toEqual(refusal("staleEdit"));
    const row = await db.productImage.findUniqueOrThrow({ where: { id } });
    expect(row.alt).toEqual({ fr: "Bol vu de dessus", en: "Bowl from above" });
    expect(await db.auditEntry.count({ where: { action: "productImage.update", targetId: id } })).toBe(1);
  });
});

describe("stock adjustments", () => {
  test("P9: an adjustment is recorded with its reason and note, audited; the stock never goes below zero", async () => {
    const theiere = await db.product.findUniqueOrThrow({ where: { slug: "theiere-fonte" } });
    expect(theiere.stock).toBe(4);
    const input = { productId: theiere.id, variantId: "", reason: "received" as const, note: "BL 2026-118" };
    expect(await adjustStock(db, admin, { ...input, delta: 10 }, now)).toMatchObject({ stockAfter: 14 });
    await expect(adjustStock(db, admin, { ...input, delta: -15, reason: "damaged" }, now)).rejects.toEqual(
      expect.objectContaining({ code: "stockNegative", field: "delta" }),
    );
    expect(
      await adjustStock(db, admin, { ...input, delta: -14, reason: "countCorrection", note: "" }, now),
    ).toMatchObject({
      stockAfter: 0,
    });
    const history = await db.stockAdjustment.findMany({
      where: { productId: theiere.id },
      orderBy: { stockAfter: "desc" },
    });
    expect(history).toEqual([
      expect.objectContaining({
        delta: 10,
        stockAfter: 14,
        reason: "received",
        note: "BL 2026-118",
        actorId: admin.id,
      }),
      expect.objectContaining({ delta: -14, stockAfter: 0, reason: "countCorrection", note: null }),
    ]);
    const audits = await db.auditEntry.findMany({ where: { action: "product.adjustStock", targetId: theiere.id } });
    expect(audits.map((audit) => [audit.before, audit.after])).toEqual(
      expect.arrayContaining([
        [{ stock: 4 }, { stock: 14 }],
        [{ stock: 14 }, { stock: 0 }],
      ]),
    );
  });

  test("an entry cannot take the stock above the ceiling (nor the column past its integer range): refused on the quantity", async () => {
    const bol = await db.product.findUniqueOrThrow({ where: { slug: "bol-gres" } });
    const input = { productId: bol.id, variantId: "", reason: "received" as const, note: "" };
    await expect(adjustStock(db, admin, { ...input, delta: 9_999_999 }, now)).rejects.toEqual(
      expect.objectContaining({ code: "stockTooHigh", field: "delta" }),
    );
    // A stock near the integer limit (older data): the same refusal, never a database error (a 500).
    await db.product.update({ where: { id: bol.id }, data: { stock: 2_147_000_000 } });
    await expect(adjustStock(db, admin, { ...input, delta: 9_999_999 }, now)).rejects.toEqual(
      expect.objectContaining({ code: "stockTooHigh", field: "delta" }),
    );
    // Taking units away from it still works.
    expect(await adjustStock(db, admin, { ...input, delta: -1, reason: "damaged" }, now)).toMatchObject({
      stockAfter: 2_146_999_999,
    });
    await db.stockAdjustment.deleteMany({ where: { productId: bol.id } });
    await db.product.update({ where: { id: bol.id }, data: { stock: bol.stock } });
  });

  test("adjustments made at the same time: never below zero, each history line with its own stock after", async () => {
    const pot = await db.product.findUniqueOrThrow({ where: { slug: "bol-gres" } });
    await db.product.update({ where: { id: pot.id }, data: { stock: 5 } });
    const input = { productId: pot.id, variantId: "", reason: "damaged" as const, note: "", delta: -1 };
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => adjustStock(db, admin, input, now)));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(5);
    const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(refused).toEqual(Array(3).fill(expect.objectContaining({ code: "stockNegative" })));
    expect((await db.product.findUniqueOrThrow({ where: { id: pot.id } })).stock).toBe(0);
    const history = await db.stockAdjustment.findMany({ where: { productId: pot.id } });
    expect(history.map((line) => line.stockAfter).sort()).toEqual([0, 1, 2, 3, 4]);
    await db.stockAdjustment.deleteMany({ where: { productId: pot.id } });
    await db.product.update({ where: { id: pot.id }, data: { stock: pot.stock } });
  });

  test("a variant's stock is adjusted on the variant, and only a variant of that product", async () => {
    const drap = await db.product.findUniqueOrThrow({ where: { slug: "drap-lin" }, include: { variants: true } });
    const variant = drap.variants.find((candidate) => candidate.sku === "DRAP-140-NAT")!;
    const input = { productId: drap.id, variantId: variant.id, reason: "returned" as const, note: "", delta: 2 };
    expect(await adjustStock(db, admin, input, now)).toMatchObject({ stockAfter: 5 });
    expect(await db.auditEntry.count({ where: { action: "productVariant.adjustStock", targetId: variant.id } })).toBe(
      1,
    );
    const other = await db.product.findUniqueOrThrow({ where: { slug: "bol-gres" } });
    await expect(adjustStock(db, admin, { ...input, productId: other.id }, now)).rejects.toEqual(refusal("notFound"));
    await expect(adjustStock(db, null as never, input, now)).rejects.toMatchObject({ code: "forbidden" });
  });
});

test("P15: after a year a stock adjustment keeps its movement but no longer says who made it, nor its note", async () => {
  const theiere = await db.product.findUniqueOrThrow({ where: { slug: "theiere-fonte" } });
  const input = {
    productId: theiere.id,
    variantId: "",
    reason: "returned" as const,
    note: "Retour de Mme Durand",
    delta: 1,
  };
  const recent = new Date(now.getTime() + 200 * 86_400_000);
  await adjustStock(db, admin, input, recent);
  const day = 86_400_000;
  const afterAYear = new Date(now.getTime() + (RETENTION_DAYS.stockAdjustmentActorAfterRecorded + 1) * day);
  // The three made at `now` above (two of the teapot, one of a sheet variant); not the recent one.
  expect((await applyRetention(db, afterAYear)).stockAdjustments).toBe(3);
  const rows = await db.stockAdjustment.findMany({ where: { productId: theiere.id }, orderBy: { at: "asc" } });
  expect(rows.map((row) => [row.delta, row.actorId, row.note])).toEqual([
    [10, null, null],
    [-14, null, null],
    [1, admin.id, "Retour de Mme Durand"],
  ]);
});
