// The way a photo travels: the admin's upload form through the action builder (a file only where the action names
// one; a refusal answers on the file field and gives back the alt texts typed), and the public route that serves
// the stored photos from UPLOAD_DIR (its own names only, type from the bytes, cached for a year).
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { createActionBuilder } from "@/lib/actions/builder";
import type { CurrentUser } from "@/lib/auth/current-user";
import { uploadProductImage } from "@/lib/admin/catalogue/images";
import { uploadImageSchema } from "@/lib/admin/catalogue/schemas";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { GET } from "@/app/media/[...path]/route";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { png } from "../helpers/image-bytes";

// Read once by lib/env.ts: set before anything asks for the configuration.
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/plusuite-media-test-${process.pid}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

const SITE = "https://shop.example";
const now = new Date("2026-12-03T10:00:00Z");
let testDb: TestDb;
let db: Db;
let adminUser: CurrentUser;
let productId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  const id = (await db.user.create({ data: { email: "admin@plusuite.test", role: "admin" } })).id;
  adminUser = { id, email: "admin@plusuite.test", role: "admin", sessionId: "s1", secondFactor: true };
  productId = (await db.product.findUniqueOrThrow({ where: { slug: "bol-gres" } })).id;
});
afterAll(async () => {
  await testDb.close();
  await rm(uploadDir, { recursive: true, force: true });
});

function uploadAction() {
  const requestHeaders = new Headers({ origin: SITE });
  const refuse = () => {
    throw new Error("refused");
  };
  return createActionBuilder({
    db,
    now: () => now,
    headers: async () => requestHeaders,
    currentUser: async () => adminUser,
    allowedOrigins: () => [SITE],
    clientIpKey: () => "ip",
    refuseSignedOut: refuse,
    refuseNotAdmin: refuse,
    refuseWithoutSecondFactor: refuse,
  })({
    access: "admin",
    schema: uploadImageSchema,
    files: ["file"],
    handler: async (input, { user }) =>
      uploadProductImage(
        db,
        user,
        {
          ...input,
          file: {
            name: input.file.name,
            size: input.file.size,
            bytes: async () => new Uint8Array(await input.file.arrayBuffer()),
          },
        },
        uploadDir,
        now,
      ),
  });
}

function uploadForm(file: File, field = "file"): FormData {
  const form = new FormData();
  form.append("locale", "fr");
  form.append("productId", productId);
  form.append("altFr", "Bol vu de dessus");
  form.append("altEn", "Bowl seen from above");
  form.append(field, file);
  return form;
}

describe("uploading a photo through the action builder", () => {
  test("a PNG reaches the handler and is stored", async () => {
    const state = await uploadAction()(
      undefined,
      uploadForm(new File([new Uint8Array(png(2, 2))], "bol.png", { type: "image/png" })),
    );
    expect(state.data).toMatchObject({ url: expect.stringMatching(/^\/media\/products\/.+\.png$/) });
  });

  test("a file that is not an image, whatever its name, is refused on the file field; the alt texts typed come back", async () => {
    const lying = new File(["%PDF-1.7 not a picture"], "bol.png", { type: "image/png" });
    const state = await uploadAction()(undefined, uploadForm(lying));
    expect(state).toMatchObject({
      error: "imageNotImage",
      fieldErrors: { file: "imageNotImage" },
      values: { altFr: "Bol vu de dessus", altEn: "Bowl seen from above", productId },
    });
    expect(state.values).not.toHaveProperty("file");
  });

  test("a file in a field the action does not name refuses the whole input", async () => {
    const form = uploadForm(new File([new Uint8Array(png(2, 2))], "bol.png"), "altFr");
    expect(await uploadAction()(undefined, form)).toMatchObject({ error: "invalid" });
    expect(z.instanceof(File).safeParse("text").success).toBe(false);
  });
});

describe("serving the stored photos (app/media)", () => {
  const get = (...segments: string[]) =>
    GET(new Request(`http://shop.example/media/${segments.join("/")}`), {
      params: Promise.resolve({ path: segments }),
    });

  test("a stored photo is served with its sniffed type and a year of immutable cache", async () => {
    const dir = path.join(uploadDir, "products", productId);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "abc123.png"), png(3, 3));
    const response = await get("products", productId, "abc123.png");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await response.arrayBuffer()).equals(png(3, 3))).toBe(true);
  });

  test("no path outside the photos, no name the upload does not make, no file that is not an image", async () => {
    const dir = path.join(uploadDir, "products", productId);
    await writeFile(path.join(dir, "deadbeef.png"), "<script>alert(1)</script>");
    await writeFile(path.join(uploadDir, "secret.png"), png(1, 1));
    for (const segments of [
      ["products", productId, "deadbeef.png"],
      ["products", "..", "secret.png"],
      ["..", "..", "etc", "passwd"],
      ["products", productId, "..%2f..%2fsecret.png"],
      ["secret.png"],
      ["products", productId, "missing.png"],
      ["products", productId, "abc123.svg"],
    ]) {
      expect((await get(...segments)).status, segments.join("/")).toBe(404);
    }
  });
});
