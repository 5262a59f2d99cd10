// npm run admin:create -- someone@example.fr : creates the first admin (or promotes an account).
import { createOrPromoteAdmin } from "@/lib/accounts/admin";
import { createDb } from "@/lib/db/client";

const email = process.argv[2];
if (!email) {
  console.error("usage: npm run admin:create -- <email>");
  process.exit(2);
}
const db = createDb();
try {
  const result = await createOrPromoteAdmin(db, email, new Date());
  console.log(
    result.created
      ? `Admin ${email} created. Password (shown once, change it after signing in): ${result.password}`
      : `${email} is now an admin.`,
  );
} catch (error) {
  console.error(`Could not create the admin: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
