// Empty on purpose. Turbopack looks for instrumentation.ts and proxy.ts at its root (the repository) when the app
// has none: without these two, the shop's would be built into this app, which would then need the shop's
// configuration and database to start.
export function register() {}
