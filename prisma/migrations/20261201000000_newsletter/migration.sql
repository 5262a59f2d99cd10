-- CreateEnum
CREATE TYPE "NewsletterList" AS ENUM ('newsletter', 'promotions');

-- CreateEnum
CREATE TYPE "NewsletterStatus" AS ENUM ('pending', 'confirmed', 'unsubscribed');

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN "headers" JSONB;

-- CreateTable
CREATE TABLE "NewsletterSubscription" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "list" "NewsletterList" NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "NewsletterStatus" NOT NULL DEFAULT 'pending',
    "userId" TEXT,
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),

    CONSTRAINT "NewsletterSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscription_confirmTokenHash_key" ON "NewsletterSubscription"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscription_email_list_key" ON "NewsletterSubscription"("email", "list");

-- CreateIndex
CREATE INDEX "NewsletterSubscription_list_locale_status_idx" ON "NewsletterSubscription"("list", "locale", "status");

-- CreateIndex
CREATE INDEX "NewsletterSubscription_userId_idx" ON "NewsletterSubscription"("userId");
