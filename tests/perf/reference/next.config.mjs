// The reference for `npm run lighthouse` and the JavaScript budget (tests/perf/): a one-page Next.js app built
// with the shop's own next and react, so that the difference between the two is what the shop adds.
import path from "node:path";

/** @type {import("next").NextConfig} */
const config = {
  // The repository's node_modules (and its next, react) are the ones this app is built with.
  turbopack: { root: path.resolve(import.meta.dirname, "../../..") },
  // Inside this folder, git-ignored; never the shop's .next.
  distDir: ".next",
  poweredByHeader: false,
};

export default config;
