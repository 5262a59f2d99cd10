import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { emailSchema } from "@/lib/address/email";
import type { Db } from "@/lib/db/client";

/**
 * Makes `email` an admin: promotes an existing account, or creates a verified one with a random
 * password, returned once so that the operator can hand it over (and the admin change it).
 */
export async function createOrPromoteAdmin(
  db: Db,
  rawEmail: string,
  now: Date,
): Promise<{ created: boolean; password?: string }> {
  const email = emailSchema.parse(rawEmail);
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { role: "admin" } });
    return { created: false };
  }
  const password = randomBytes(12).toString("base64url");
  await db.user.create({
    data: { email, role: "admin", emailVerified: now, passwordHash: await hashPassword(password), name: "Admin" },
  });
  return { created: true, password };
}
