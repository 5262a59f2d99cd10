-- P21: testimonials wait for a moderator. The enum gains pending and rejected. It is rebuilt rather than
-- extended with ADD VALUE, because a value added that way cannot be used as a default in the same transaction.
-- Existing rows keep their status: what was published stays published.
ALTER TYPE "TestimonialStatus" RENAME TO "TestimonialStatus_old";
CREATE TYPE "TestimonialStatus" AS ENUM ('pending', 'published', 'hidden', 'rejected');
ALTER TABLE "Testimonial" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Testimonial" ALTER COLUMN "status" TYPE "TestimonialStatus" USING ("status"::text::"TestimonialStatus");
ALTER TABLE "Testimonial" ALTER COLUMN "status" SET DEFAULT 'pending';
DROP TYPE "TestimonialStatus_old";

-- AlterTable
ALTER TABLE "Testimonial" ADD COLUMN "rejectionReason" TEXT,
ADD COLUMN "moderatedAt" TIMESTAMP(3),
ADD COLUMN "moderatedById" TEXT;

-- CreateIndex
CREATE INDEX "Testimonial_moderatedById_idx" ON "Testimonial"("moderatedById");

-- AddForeignKey
ALTER TABLE "Testimonial" ADD CONSTRAINT "Testimonial_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
