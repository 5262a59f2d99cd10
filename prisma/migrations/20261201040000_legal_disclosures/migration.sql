-- CreateTable
CREATE TABLE "LegalDisclosure" (
    "id" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "dataDisclosed" TEXT NOT NULL,
    "disclosedOn" DATE NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegalDisclosure_disclosedOn_idx" ON "LegalDisclosure"("disclosedOn");

-- AddForeignKey
ALTER TABLE "LegalDisclosure" ADD CONSTRAINT "LegalDisclosure_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
