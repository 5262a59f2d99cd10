// Every server action of "Mon compte" and of /admin, enumerated from the production build's manifest (so a
// new action cannot be forgotten), is called over HTTP the way a hostile client would: it must refuse a
// signed-out visitor (redirect to sign-in, nothing done) and must not fail with a 500 on garbage input.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createUser, signIn } from "./support/accounts";

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };
type Action = { id: string; name: string; pagePath: string };
const PROTECTED_AREAS = ["app/[locale]/account/", "app/[locale]/admin/"];

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

function protectedActions(): Action[] {
  const manifestPath = path.join(process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .filter(([, entry]) => PROTECTED_AREAS.some((area) => entry.filename?.startsWith(area)))
    .map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}`, pagePath: pagePathOf(entry) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Calls a server action as Next's client does (React's reply encoding): both arguments are the same form,
 * which fits `(form)` and `(previousState, form)` actions alike. The form holds only a locale.
 */
function callAction(request: APIRequestContext, baseURL: string, action: Action, cookie?: string) {
  return request.post(action.pagePath, {
    headers: { "next-action": action.id, accept: "text/x-component", origin: baseURL, ...(cookie ? { cookie } : {}) },
    multipart: { "0": JSON.stringify(["$K1", "$K1"]), "1_locale": "fr" },
    maxRedirects: 0,
  });
}

test("every Mon compte and admin server action refuses a visitor with a forged session cookie", async ({
  request,
  baseURL,
}) => {
  const actions = protectedActions();
  expect(actions.length, "the account pages have server actions").toBeGreaterThan(5);
  for (const action of actions) {
    // A session cookie gets past the proxy's first gate; the action itself must refuse it.
    const response = await callAction(request, baseURL!, action, "plusuite.session=forged");
    if (action.name.includes("/admin/")) {
      // requireAdmin(): the same 404 as an unknown page, no hint that the action exists.
      expect(response.status(), action.name).toBe(404);
    } else {
      expect(response.status(), action.name).toBeLessThan(500);
      expect(response.headers()["x-action-redirect"] ?? "", `${action.name} redirects to sign-in`).toMatch(
        /^\/fr\/sign-in/,
      );
    }
  }
});

test("no Mon compte server action fails with a 500 on a form with nothing in it", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, await createUser());
  await expect(page).toHaveURL(/\/fr\/account$/);
  // The browser's cookies: the calls below are made as this signed-in customer.
  for (const action of protectedActions().filter((a) => !a.name.includes("/admin/"))) {
    const response = await callAction(page.request, baseURL!, action);
    expect(response.status(), action.name).toBeLessThan(500);
    expect(response.headers()["x-action-redirect"] ?? "", `${action.name} accepts the session`).not.toMatch(/sign-in/);
  }
});
