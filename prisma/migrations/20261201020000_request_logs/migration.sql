-- CreateTable
CREATE TABLE "RequestLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "durationMs" INTEGER,
    "userAgent" TEXT,
    "clientNetwork" TEXT,

    CONSTRAINT "RequestLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AudienceCount" (
    "hour" TIMESTAMP(3) NOT NULL,
    "page" TEXT NOT NULL,
    "referrerHost" TEXT NOT NULL,
    "browser" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AudienceCount_pkey" PRIMARY KEY ("hour","page","referrerHost","browser","country")
);

-- CreateTable
CREATE TABLE "SearchQueryCount" (
    "day" DATE NOT NULL,
    "query" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SearchQueryCount_pkey" PRIMARY KEY ("day","query")
);

-- CreateIndex
CREATE INDEX "RequestLog_at_idx" ON "RequestLog"("at");
