-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "scrubBodyAfterSend" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "JobRun" (
    "name" TEXT NOT NULL,
    "runDay" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("name")
);
