// The production build's entry points, read from its manifests so that a new server action or route handler
// is covered by the sweeps over them (authorization, hostile input, IDOR) without anyone listing it: server
// actions from server-reference-manifest.json, route handlers and pages from app-paths-manifest.json. And how
// a hostile client calls an action over HTTP, with React's reply encoding.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };
export type Action = {
  id: string;
  /** "app/[locale]/account/lists/actions.ts#manageListsAction" */
  name: string;
  /** a page that uses it, dynamic segments as "x" */
  pagePath: string;
};
export const PROTECTED_AREAS = ["app/[locale]/account/", "app/[locale]/admin/"];

function readManifest<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", file), "utf8")) as T;
}

/** A page that uses the action ("app/[locale]/account/lists/[listId]/page" -> "/fr/account/lists/x"). */
function pagePathOf(entry: ManifestEntry): string {
  const page = Object.keys(entry.workers).find((worker) => worker.endsWith("/page")) ?? "app/[locale]/account/page";
  return page
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace("[locale]", "fr")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[[^\]]+\]/g, "x");
}

/** The build's server actions whose file is under one of `areas` ("app/" for all), sorted by name. */
export function actionsOf(areas: string[]): Action[] {
  const manifest = readManifest<{ node: Record<string, ManifestEntry> }>("server-reference-manifest.json");
  return Object.entries(manifest.node)
    .filter(([, entry]) => areas.some((area) => entry.filename?.startsWith(area)))
    .map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}`, pagePath: pagePathOf(entry) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Who may call an action: its file's area (the builder's `access` is checked by each action itself). */
export const isAdminAction = (action: Action) => action.name.startsWith("app/[locale]/admin/");
export const isAccountAction = (action: Action) => action.name.startsWith("app/[locale]/account/");

/** The app-router routes of the build ("/[locale]/account/page", "/api/cart/route"), sorted. */
export function appRoutes(): string[] {
  return Object.keys(readManifest<Record<string, string>>("app-paths-manifest.json")).sort();
}

/** The route handlers of the build ("/api/admin/customers/[id]/export/route" -> its pattern, "/route" dropped). */
export function routeHandlers(): string[] {
  return appRoutes()
    .filter((route) => route.endsWith("/route"))
    .map((route) => route.replace(/\/route$/, ""));
}

/** "/[locale]/account/lists/[listId]" with its dynamic segments given by `segment` (the locale by `locale`). */
export function fillRoute(pattern: string, segment: (name: string) => string, locale = "fr"): string {
  return pattern
    .replace(/\/\([^)]+\)/g, "")
    .replace("[locale]", locale)
    .replace(/\[\[?(?:\.\.\.)?([^\]]+)\]?\]/g, (_, name: string) => segment(name));
}

/**
 * Calls a server action as a form with useActionState does (React's reply encoding: the form's fields
 * prefixed "_1_", then the root "0" last, naming the previous state and the form). Every action is built by
 * the one action builder, which takes `(previousState, form)` and `(form)` alike. The form holds a locale and
 * whatever else is given; a field given an array is repeated.
 */
export function callAction(
  request: APIRequestContext,
  baseURL: string | null,
  action: Action,
  options: { cookie?: string; fields?: Record<string, string | string[]>; withoutLocale?: boolean } = {},
) {
  const multipart = new FormData();
  const fields = options.withoutLocale ? { ...options.fields } : { locale: "fr", ...options.fields };
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) multipart.append(`_1_${name}`, one);
  multipart.append("0", JSON.stringify([{ attempt: 0 }, "$K1"]));
  return request.post(action.pagePath, {
    headers: actionHeaders(action, baseURL, options.cookie),
    multipart,
    maxRedirects: 0,
  });
}

/** Calls a server action with a JSON reply body (what React sends for plain arguments): `body` as is. */
export function callActionWithJson(
  request: APIRequestContext,
  baseURL: string | null,
  action: Action,
  body: string,
  options: { cookie?: string } = {},
) {
  return request.post(action.pagePath, {
    headers: { ...actionHeaders(action, baseURL, options.cookie), "content-type": "text/plain;charset=UTF-8" },
    data: body,
    maxRedirects: 0,
  });
}

function actionHeaders(action: Action, baseURL: string | null, cookie?: string): Record<string, string> {
  return {
    "next-action": action.id,
    accept: "text/x-component",
    ...(baseURL ? { origin: baseURL } : {}),
    ...(cookie ? { cookie } : {}),
  };
}

/**
 * The state an action answered (the row of its RSC payload that holds `{"attempt":…}`, whatever its number:
 * long texts are sent as rows of their own before it), or null when it answered no state.
 */
export function actionStateOf(body: string): { error?: string; data?: unknown } | null {
  const row = /^[0-9a-f]+:(\{"attempt":.*\})$/m.exec(body)?.[1];
  if (!row) return null;
  try {
    return JSON.parse(row) as { error?: string; data?: unknown };
  } catch {
    // A row that is not JSON on its own: the state's error code is still at its start.
    const error = /^\{"attempt":\d+,"error":"(\w+)"/.exec(row)?.[1];
    return error ? { error } : {};
  }
}
