"use server";
// The catalogue of the back office: products, variants, stock adjustments and photos (P9: each write audited by
// its lib function). Each write revalidates exactly the storefront pages that show the product.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { deleteImage, moveImage, updateImageAlt, uploadProductImage } from "@/lib/admin/catalogue/images";
import { createProduct, setProductActive, updateProduct } from "@/lib/admin/catalogue/products";
import { revalidateStorefront } from "@/lib/admin/catalogue/revalidate";
import {
  createProductSchema,
  createVariantSchema,
  imageAltSchema,
  imageCommandSchema,
  setProductActiveSchema,
  stockAdjustmentSchema,
  updateProductSchema,
  updateVariantSchema,
  uploadImageSchema,
} from "@/lib/admin/catalogue/schemas";
import { adjustStock } from "@/lib/admin/catalogue/stock";
import { createVariant, updateVariant } from "@/lib/admin/catalogue/variants";
import { getEnv } from "@/lib/env";

export const createProductAction = defineAction({
  access: "admin",
  schema: createProductSchema,
  handler: async (input, { db, user, locale, now }) => {
    const product = await createProduct(db, user, input, now);
    revalidateStorefront(product.paths);
    redirect(`/${locale}/admin/products/${product.id}?created=1`);
  },
});

export const updateProductAction = defineAction({
  access: "admin",
  schema: updateProductSchema,
  handler: async (input, { db, user, locale, now }) => {
    const product = await updateProduct(db, user, input, now);
    revalidateStorefront(product.paths);
    revalidatePath(`/${locale}/admin/products/${product.id}`);
    return { slug: product.slug, version: product.version };
  },
});

export const setProductActiveAction = defineAction({
  access: "admin",
  schema: setProductActiveSchema,
  handler: async (input, { db, user, locale, now }) => {
    const product = await setProductActive(db, user, input, now);
    revalidateStorefront(product.paths);
    revalidatePath(`/${locale}/admin/products/${product.id}`);
    return { active: input.active, version: product.version };
  },
});

export const createVariantAction = defineAction({
  access: "admin",
  schema: createVariantSchema,
  handler: async (input, { db, user, locale, now }) => {
    const variant = await createVariant(db, user, input, now);
    revalidateStorefront(variant.paths);
    revalidatePath(`/${locale}/admin/products/${input.productId}`);
    return { sku: variant.sku };
  },
});

export const updateVariantAction = defineAction({
  access: "admin",
  schema: updateVariantSchema,
  handler: async (input, { db, user, locale, now }) => {
    const variant = await updateVariant(db, user, input, now);
    revalidateStorefront(variant.paths);
    revalidatePath(`/${locale}/admin/products/${variant.productId}`);
    return { sku: variant.sku, version: variant.version };
  },
});

export const adjustStockAction = defineAction({
  access: "admin",
  schema: stockAdjustmentSchema,
  handler: async (input, { db, user, locale, now }) => {
    const result = await adjustStock(db, user, input, now);
    revalidateStorefront(result.paths);
    revalidatePath(`/${locale}/admin/products/${input.productId}`);
    return { stockAfter: result.stockAfter };
  },
});

export const uploadImageAction = defineAction({
  access: "admin",
  schema: uploadImageSchema,
  files: ["file"],
  handler: async (input, { db, user, locale, now }) => {
    const file = {
      name: input.file.name,
      size: input.file.size,
      bytes: async () => new Uint8Array(await input.file.arrayBuffer()),
    };
    const image = await uploadProductImage(db, user, { ...input, file }, getEnv().UPLOAD_DIR, now);
    revalidateStorefront(image.paths);
    revalidatePath(`/${locale}/admin/products/${input.productId}`);
    return { url: image.url };
  },
});

export const updateImageAltAction = defineAction({
  access: "admin",
  schema: imageAltSchema,
  handler: async (input, { db, user, locale, now }) => {
    const result = await updateImageAlt(db, user, input, now);
    revalidateStorefront(result.paths);
    revalidatePath(`/${locale}/admin/products/${result.productId}`);
    return { saved: true, version: result.version };
  },
});

export const imageCommandAction = defineAction({
  access: "admin",
  schema: imageCommandSchema,
  handler: async (input, { db, user, locale, now }) => {
    const result =
      input.command === "delete"
        ? await deleteImage(db, user, input, getEnv().UPLOAD_DIR, now)
        : await moveImage(db, user, { imageId: input.imageId, direction: input.command }, now);
    revalidateStorefront(result.paths);
    revalidatePath(`/${locale}/admin/products/${result.productId}`);
    return { command: input.command };
  },
});
