-- AlterTable
ALTER TABLE "ProductVariant" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ProductImage" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
