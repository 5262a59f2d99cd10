-- CreateTable
CREATE TABLE "PolicyDocument" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "summaryFr" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "bodyFr" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyDocument_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PolicyDocument_kind_check" CHECK ("kind" IN ('privacy', 'terms')),
    CONSTRAINT "PolicyDocument_texts_check" CHECK (
        btrim("summaryFr") <> '' AND btrim("summaryEn") <> '' AND btrim("bodyFr") <> '' AND btrim("bodyEn") <> ''
    )
);

-- CreateIndex
CREATE UNIQUE INDEX "PolicyDocument_kind_version_key" ON "PolicyDocument"("kind", "version");

-- CreateIndex
CREATE INDEX "PolicyDocument_kind_effectiveAt_idx" ON "PolicyDocument"("kind", "effectiveAt");
