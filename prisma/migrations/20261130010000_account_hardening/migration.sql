-- CreateTable
CREATE TABLE "SignInDelay" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInDelay_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInDelay_nextAttemptAt_idx" ON "SignInDelay"("nextAttemptAt");
