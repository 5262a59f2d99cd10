-- AlterTable
ALTER TABLE "PolicyDocument" ADD COLUMN "noticesQueued" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PolicyDraft" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "summaryFr" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "bodyFr" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyDraft_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PolicyDraft_kind_check" CHECK ("kind" IN ('privacy', 'terms'))
);

-- CreateIndex
CREATE UNIQUE INDEX "PolicyDraft_kind_key" ON "PolicyDraft"("kind");

-- CreateTable
CREATE TABLE "ShopSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShopSettings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ShopSettings_single_row_check" CHECK ("id" = 1)
);

-- The values the shop showed until now (they were constants in lib/shop.ts), so nothing changes at deploy
INSERT INTO "ShopSettings" ("id", "phone", "email", "address", "updatedAt")
VALUES (1, '0 800 94 20 26', 'contact@plusuite.com', '', CURRENT_TIMESTAMP);
