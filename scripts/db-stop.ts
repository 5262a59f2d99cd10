// npm run db:stop: stops the embedded database server (it also stops by itself when idle) and waits
// until it has closed its data directory.
import { resolveDatabaseTarget } from "@/lib/db/connection";
import { runningServer } from "@/lib/db/embedded-server";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
if (target.kind !== "embedded") {
  console.log("DATABASE_URL does not name the embedded database: nothing to stop.");
} else {
  const server = await runningServer(target.dir);
  if (!server) {
    console.log(`No embedded database server is running for ${target.dir}.`);
  } else {
    process.kill(server.pid, "SIGTERM");
    for (let waited = 0; waited < 15_000 && isAlive(server.pid); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(`Stopped the embedded database server for ${target.dir} (pid ${server.pid}).`);
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
