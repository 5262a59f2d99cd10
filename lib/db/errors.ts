// Prisma's errors that our code answers on purpose.
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the row (Prisma's P2002): a duplicate, or the loser of a race. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
