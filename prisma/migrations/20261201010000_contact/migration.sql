-- CreateEnum
CREATE TYPE "ContactMessageKind" AS ENUM ('question', 'privacyAccess', 'privacyDeletion');

-- CreateEnum
CREATE TYPE "ContactMessageStatus" AS ENUM ('open', 'answered');

-- CreateTable
CREATE TABLE "ContactMessage" (
    "id" TEXT NOT NULL,
    "kind" "ContactMessageKind" NOT NULL DEFAULT 'question',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "orderNumber" TEXT,
    "locale" TEXT NOT NULL,
    "status" "ContactMessageStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "ContactMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactMessage_status_createdAt_idx" ON "ContactMessage"("status", "createdAt");
