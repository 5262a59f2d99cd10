// Recreates the database named by DATABASE_URL for a test run: the embedded one is stopped and wiped,
// then migrations and the demo seed are applied. Refuses anything but an embedded database under .data/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const url = process.env.DATABASE_URL ?? "";
const match = /^pglite:(.+)$/.exec(url);
const dir = match ? path.resolve(root, match[1]) : null;
if (!dir || !dir.startsWith(path.join(root, ".data") + path.sep)) {
  console.error(`reset-db only wipes an embedded database under .data/ (DATABASE_URL=${url || "(unset)"}).`);
  process.exit(2);
}

const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(["--import", "tsx", "scripts/db-stop.ts"]);
for (const suffix of ["", ".server.json", ".lock"]) fs.rmSync(dir + suffix, { recursive: true, force: true });
run(["scripts/prisma.mjs", "migrate", "deploy"]);
run(["--import", "tsx", "prisma/seed.ts"]);
