// npm run admin:create -- someone@example.fr : creates the first admin (or promotes an account).
// npm run admin:create -- --reset-second-factor someone@example.fr : for an admin who lost both the phone and
// the recovery codes; the next visit to the back office enrols a new authenticator.
import { createOrPromoteAdmin } from "@/lib/accounts/admin";
import { resetSecondFactor } from "@/lib/auth/second-factor";
import { createDb } from "@/lib/db/client";

const resetFactor = process.argv[2] === "--reset-second-factor";
const email = process.argv[resetFactor ? 3 : 2];
if (!email) {
  console.error("usage: npm run admin:create -- [--reset-second-factor] <email>");
  process.exit(2);
}
const db = createDb();
try {
  if (resetFactor) {
    const admin = await db.user.findFirst({ where: { email: email.trim().toLowerCase(), role: "admin" } });
    if (!admin) throw new Error(`no admin account for ${email}`);
    await resetSecondFactor(db, admin.id);
    console.log(`${email}: second factor reset. The next visit to /admin enrols a new authenticator app.`);
  } else {
    const result = await createOrPromoteAdmin(db, email, new Date());
    console.log(
      result.created
        ? `Admin ${email} created. Password (shown once, change it after signing in): ${result.password}`
        : `${email} is now an admin. At the first visit to /admin they enrol an authenticator app (second factor).`,
    );
  }
} catch (error) {
  console.error(
    `Could not ${resetFactor ? "reset the second factor" : "create the admin"}: ${(error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
