// Runs the Prisma CLI with the JS/WASM engines only: nothing is downloaded (see docs/decisions).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

// The CLI runs with prisma.config.ts, whose migration adapter is a dev dependency. A production install
// (npm ci --omit=dev) lacks it (npm may still install the CLI, an optional peer of @prisma/client), yet
// runs the postinstall `generate`: that must not fail, since the server runs a build from a full install.
let cli;
try {
  require.resolve("@prisma/adapter-pg-migrate");
  cli = require.resolve("prisma/build/index.js");
} catch {
  if (args[0] === "generate") {
    const generated = path.resolve(import.meta.dirname, "../lib/generated/prisma/client.ts");
    console.log(
      fs.existsSync(generated)
        ? "Prisma CLI not usable without the dev dependencies: keeping the generated client in lib/generated/prisma."
        : "Prisma CLI not usable without the dev dependencies: no client generated (build with a full install, npm ci).",
    );
    process.exit(0);
  }
  console.error(`\`prisma ${args.join(" ")}\` needs the dev dependencies: run \`npm install\` (not --omit=dev).`);
  process.exit(1);
}

const result = spawnSync(process.execPath, [cli, ...args], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_CLI_QUERY_ENGINE_TYPE: "client",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
