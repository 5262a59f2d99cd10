// Replays the runtime stage of the Dockerfile without Docker, for scripts/ci-docker.sh: its WORKDIR, ENV, COPY,
// RUN, VOLUME and USER lines build the image's file system under <image> (/app becomes <image>/app) from the build
// made here, which stands for the build stage (/app/.next is <dist>, /app/<path> is this repository's <path>).
// Prints what starting a container needs as JSON: { workdir, env, user, cmd, healthcheck }.
// Only the forms this Dockerfile uses are understood; anything else stops the replay with its line, so that a
// change of the runtime stage cannot go untested.
//   node scripts/docker-runtime-layout.mjs <image dir> [--dist .next] [--user nobody:nogroup]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: "string", default: ".next" }, user: { type: "string" } },
});
const image = path.resolve(positionals[0] ?? fail("usage: docker-runtime-layout.mjs <image dir> [--dist .next]"));
const root = path.resolve(import.meta.dirname, "..");
const dist = values.dist;
if (dist.includes("/")) fail(`--dist must be a folder of the repository's root, got ${dist}`);
const asRoot = process.getuid?.() === 0;
/** Who owns what the Dockerfile gives to its user (`node` in the image): an unprivileged user of this machine. */
const runtimeOwner = values.user ?? "nobody:nogroup";

function fail(message) {
  console.error(`docker-runtime-layout: ${message}`);
  process.exit(1);
}

/** The runtime stage's instructions, continuation lines joined, comments dropped. */
function runtimeStage(dockerfile) {
  const instructions = [];
  let current = "";
  for (const line of dockerfile.split("\n")) {
    if (!current && (line.trim() === "" || line.trim().startsWith("#"))) continue;
    current += line.replace(/\\$/, " ");
    if (line.endsWith("\\")) continue;
    instructions.push(current.trim().replace(/\s+/g, " "));
    current = "";
  }
  const start = instructions.findIndex((line) => /^FROM \S+ AS runtime$/i.test(line));
  if (start < 0) fail("no `FROM … AS runtime` stage in the Dockerfile");
  const end = instructions.findIndex((line, index) => index > start && /^FROM /i.test(line));
  return instructions.slice(start + 1, end < 0 ? undefined : end);
}

/** A path of the build stage: /app/.next/… is the build made here, /app/… the repository. */
function buildStagePath(source) {
  if (!source.startsWith("/app/")) fail(`a COPY from the build stage outside /app: ${source}`);
  return path.join(root, ...withDist(source.slice("/app/".length)));
}

/** A path of the image, relative ones from WORKDIR, on this machine. */
function imagePath(target, workdir) {
  const absolute = path.posix.resolve(workdir, target);
  return path.join(image, ...withDist(absolute.slice(1)));
}

/** The build's folder is `dist` here and `.next` in the image: the standalone server looks for its own name. */
function withDist(relative) {
  return relative.split("/").map((part) => (part === ".next" ? dist : part));
}

/** user:group as numeric ids, found once (several thousand files are given away). */
const ids = new Map();
function chown(file, owner) {
  if (!asRoot) return; // then everything is the current user's already
  if (!ids.has(owner)) {
    const [user, group = user] = owner.split(":");
    const uid = Number(execFileSync("id", ["-u", user], { encoding: "utf8" }));
    const gid = Number(execFileSync("getent", ["group", group], { encoding: "utf8" }).split(":")[2]);
    ids.set(owner, { uid, gid });
  }
  const { uid, gid } = ids.get(owner);
  fs.lchownSync(file, uid, gid);
}

/** mkdir -p that gives the folders it creates to `owner` (root when null), as a Dockerfile instruction does. */
function makeDirectory(directory, owner) {
  const missing = [];
  for (let dir = directory; !fs.existsSync(dir); dir = path.dirname(dir)) missing.push(dir);
  fs.mkdirSync(directory, { recursive: true });
  for (const dir of missing) if (owner) chown(dir, owner);
}

/** Every file under `directory` (relative paths), folders before their contents. */
function walk(directory, prefix = "") {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    return entry.isDirectory() ? [relative, ...walk(path.join(directory, entry.name), relative)] : [relative];
  });
}

/** A --exclude pattern (a path relative to the source, `*` within one name) as a test of a relative path. */
function excludes(patterns) {
  const regexes = patterns.map(
    (pattern) =>
      new RegExp(
        `^${withDist(pattern.replace(/^\.\//, ""))
          .join("/")
          .replace(/[.+^${}()|[\]\\]/g, "\\$&")
          .replace(/\*/g, "[^/]*")}(/|$)`,
      ),
  );
  return (relative) => regexes.some((regex) => regex.test(relative));
}

function copy({ flags, source, target }, workdir) {
  const from = buildStagePath(source);
  if (!fs.existsSync(from)) fail(`COPY source missing from the build: ${source} (${from})`);
  const owner = flags.chown ? runtimeOwner : null;
  const excluded = excludes(flags.exclude);
  const destination = imagePath(target, workdir);
  if (!fs.statSync(from).isDirectory()) {
    const file = target.endsWith("/") ? path.join(destination, path.basename(from)) : destination;
    makeDirectory(path.dirname(file), owner);
    fs.cpSync(from, file, { preserveTimestamps: true });
    if (owner) chown(file, owner);
    return;
  }
  // A folder: its contents go into the target, as COPY does; symbolic links stay links.
  makeDirectory(destination, owner);
  for (const relative of walk(from).filter((file) => !excluded(file))) {
    const source = path.join(from, relative);
    const file = path.join(destination, relative);
    const stat = fs.lstatSync(source);
    // What an earlier COPY put there is replaced, as in an image's next layer.
    if (!stat.isDirectory()) fs.rmSync(file, { force: true });
    if (stat.isDirectory()) fs.mkdirSync(file, { recursive: true, mode: stat.mode });
    else if (stat.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), file);
    else fs.cpSync(source, file, { preserveTimestamps: true });
    if (owner) chown(file, owner);
  }
}

/** `mkdir -p …` and `chown <user>:<group> …`, joined by &&: the only RUN lines of the runtime stage. */
function run(command, workdir) {
  for (const step of command.split("&&").map((part) => part.trim().split(" "))) {
    const [tool, ...args] = step;
    if (tool === "mkdir" && args[0] === "-p") {
      for (const dir of args.slice(1)) makeDirectory(imagePath(dir, workdir), null);
    } else if (tool === "chown" && args.length > 1 && !args[0].startsWith("-")) {
      for (const file of args.slice(1)) chown(imagePath(file, workdir), runtimeOwner);
    } else fail(`a RUN step this replay does not know: ${step.join(" ")}`);
  }
}

/** KEY=value pairs of an ENV line; a value that is an absolute path names a path of the image. */
function environment(line, env) {
  for (const [, key, quoted, bare] of line.matchAll(/(\w+)=(?:"([^"]*)"|(\S*))/g)) {
    const value = quoted ?? bare ?? "";
    env[key] = value.startsWith("/") ? path.join(image, ...withDist(value.slice(1))) : value;
  }
}

function parseCopy(args) {
  const flags = { from: null, chown: null, exclude: [] };
  const rest = [];
  for (const arg of args) {
    const flag = /^--(from|chown|exclude)=(.+)$/.exec(arg);
    if (!flag) rest.push(arg);
    else if (flag[1] === "exclude") flags.exclude.push(flag[2]);
    else flags[flag[1]] = flag[2];
  }
  if (flags.from !== "build" || rest.length !== 2) fail(`a COPY this replay does not know: COPY ${args.join(" ")}`);
  return { flags, source: rest[0], target: rest[1] };
}

fs.mkdirSync(image, { recursive: true });
const container = { workdir: "/", env: {}, user: "root", cmd: null, healthcheck: null };
for (const line of runtimeStage(fs.readFileSync(path.join(root, "Dockerfile"), "utf8"))) {
  const [instruction, ...args] = line.split(" ");
  const rest = args.join(" ");
  switch (instruction.toUpperCase()) {
    case "WORKDIR":
      container.workdir = path.posix.resolve(container.workdir, rest);
      makeDirectory(imagePath(".", container.workdir), null);
      break;
    case "ENV":
      environment(rest, container.env);
      break;
    case "COPY":
      copy(parseCopy(args), container.workdir);
      break;
    case "RUN":
      run(rest, container.workdir);
      break;
    case "VOLUME":
      for (const dir of JSON.parse(rest)) makeDirectory(imagePath(dir, container.workdir), null);
      break;
    case "USER":
      container.user = rest;
      break;
    case "EXPOSE":
      break;
    case "HEALTHCHECK":
      container.healthcheck = JSON.parse(/ CMD (\[.*\])$/.exec(` ${rest}`)?.[1] ?? fail(`HEALTHCHECK: ${rest}`));
      break;
    case "CMD":
      container.cmd = JSON.parse(rest);
      break;
    default:
      fail(`an instruction this replay does not know: ${line}`);
  }
}

// A link out of the image would work here and break in the image (a path of this machine's repository).
for (const relative of walk(image)) {
  const file = path.join(image, relative);
  if (!fs.lstatSync(file).isSymbolicLink()) continue;
  const target = path.resolve(path.dirname(file), fs.readlinkSync(file));
  if (!target.startsWith(image + path.sep) || !fs.existsSync(target))
    fail(`${relative} links to ${fs.readlinkSync(file)}, which the image does not have`);
}

container.workdir = imagePath(".", container.workdir);
console.log(JSON.stringify(container));
