// Every server action of "Mon compte" and of /admin, enumerated from the production build's manifest (so a
// new action cannot be forgotten), is called over HTTP the way a hostile client would: it must refuse a
// signed-out visitor (redirect to sign-in, nothing done) and must not fail with a 500 on garbage input.
import type { APIRequestContext } from "@playwright/test";
import { actionsOf, appRoutes, callAction, PROTECTED_AREAS } from "./support/build-manifest";
import { expect, test } from "./support/fixtures";

const protectedActions = () => actionsOf(PROTECTED_AREAS);

test("every Mon compte and admin server action refuses a visitor with a forged session cookie", async ({
  request,
  baseURL,
}) => {
  const actions = protectedActions();
  expect(actions.length, "the account pages have server actions").toBeGreaterThan(5);
  expect(actions.map((a) => a.name)).toContain(
    "app/[locale]/admin/legal-disclosures/actions.ts#recordLegalDisclosureAction",
  );
  for (const action of actions) {
    // A session cookie gets past the proxy's first gate; the action itself must refuse it.
    const response = await callAction(request, baseURL!, action, { cookie: "plusuite.session=forged" });
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

test("no Mon compte server action fails with a 500 on a form with nothing in it", async ({
  page,
  baseURL,
  newSignedInCustomer,
}) => {
  test.setTimeout(120_000);
  await newSignedInCustomer();
  // The browser's cookies: the calls below are made as this signed-in customer.
  for (const action of protectedActions().filter((a) => !a.name.includes("/admin/"))) {
    const response = await callAction(page.request, baseURL!, action);
    expect(response.status(), action.name).toBeLessThan(500);
    expect(response.headers()["x-action-redirect"] ?? "", `${action.name} accepts the session`).not.toMatch(/sign-in/);
  }
});

test("every server action of the shop answers hostile requests with a refusal, never a 500 (issue 9)", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const actions = actionsOf(["app/"]);
  expect(actions.length, "all the shop's actions").toBeGreaterThan(25);
  const pollutedJson = '[{"locale":"fr","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}]';
  // A session cookie (forged) takes the requests past proxy.ts's first gate of /account: each answer below is
  // the action's own. The builder reads the Origin and the input before it looks at the session.
  const cookie = "plusuite.session=forged";
  for (const action of actions) {
    const headers = { "next-action": action.id, accept: "text/x-component", cookie };
    // A foreign Origin: refused by proxy.ts before Next.js (which would answer 500).
    const foreign = await callAction(request, "https://evil.example", action, { cookie });
    expect(foreign.status(), `${action.name}, foreign Origin`).toBe(403);
    // No Origin at all: Next.js lets it through; the builder answers the typed refusal, before any session check.
    const missing = await callAction(request, null, action, { cookie });
    expect(missing.status(), `${action.name}, no Origin`).toBeLessThan(500);
    expect(await missing.text(), `${action.name}, no Origin`).toContain('"error":"origin"');
    // A JSON body with prototype keys where a form (or a plain object) is expected.
    const json = await request.post(action.pagePath, {
      headers: { ...headers, origin: baseURL!, "content-type": "text/plain;charset=UTF-8" },
      data: pollutedJson,
      maxRedirects: 0,
    });
    expect(json.status(), `${action.name}, JSON body`).toBeLessThan(500);
    expect(await json.text(), `${action.name}, JSON body`).toContain('"error":"invalid"');
    // A 1 MB text (10^6 characters: Next.js's form parser drops a field of 1 MiB or more before any action runs):
    // read, and refused by the builder on its field before the session or the handler.
    const huge = await callAction(request, baseURL!, action, {
      cookie,
      fields: { name: "x".repeat(1_000_000) },
    });
    expect(huge.status(), `${action.name}, 1 MB field`).toBeLessThan(500);
    expect(await huge.text(), `${action.name}, 1 MB field`).toContain('"error":"invalid"');
  }
  // Above the body limit: refused by proxy.ts with a 413 before Next.js reads it.
  const tooLarge = await callAction(request, baseURL!, actions[0]!, { fields: { name: "x".repeat(7 * 1024 * 1024) } });
  expect(tooLarge.status()).toBe(413);
});

/** The admin pages of the build ("/[locale]/admin/legal-disclosures/page" -> "/fr/admin/legal-disclosures"). */
function adminPages(): string[] {
  return appRoutes()
    .filter((route) => /^\/\[locale\]\/(admin|dev)(\/|$)/.test(route) && route.endsWith("/page"))
    .map((route) =>
      route
        .replace(/\/page$/, "")
        .replace("[locale]", "fr")
        .replace(/\[[^\]]+\]/g, "x"),
    );
}

/**
 * The admin route handlers of the build, under /api/admin or inside the admin pages
 * ("/api/admin/customers/[id]/export/route" -> "/api/admin/customers/x/export").
 */
function adminRoutes(): string[] {
  return appRoutes()
    .filter((route) => /^\/(api\/admin|\[locale\]\/admin)\//.test(route) && route.endsWith("/route"))
    .map((route) =>
      route
        .replace(/\/route$/, "")
        .replace("[locale]", "fr")
        .replace(/\[[^\]]+\]/g, "x"),
    );
}

/** A route handler's answer to GET and POST: refused (or not served at all), never data, never a 500. */
async function expectRouteRefused(request: APIRequestContext, baseURL: string, route: string, refusal: RegExp) {
  for (const method of ["GET", "POST"] as const) {
    const response = await request.fetch(route, { method, headers: { origin: baseURL }, maxRedirects: 0 });
    const answer = `${response.status()} ${response.headers()["location"] ?? ""}`;
    expect(answer, `${method} ${route}`).toMatch(refusal);
  }
}

test("P12: a signed-out visitor and a customer get the ordinary 404 from every admin page, action and route handler", async ({
  page,
  request,
  baseURL,
  newSignedInCustomer,
}) => {
  test.setTimeout(180_000);
  const pages = adminPages();
  const actions = protectedActions().filter((a) => a.name.includes("/admin/"));
  const routes = adminRoutes();
  expect(pages).toContain("/fr/admin");
  expect(actions.length, "the back office has server actions").toBeGreaterThan(3);
  // 405: a route handler without that method; both say nothing about what is behind.
  const notFound = /^(404|405) $/;
  for (const route of routes) await expectRouteRefused(request, baseURL!, route, notFound);
  for (const pagePath of pages) {
    const response = await page.goto(pagePath);
    expect(response?.status(), `${pagePath} signed out`).toBe(404);
  }

  await newSignedInCustomer();
  for (const pagePath of pages) {
    const response = await page.goto(pagePath);
    expect(response?.status(), `${pagePath} as a customer`).toBe(404);
  }
  for (const action of actions) {
    const response = await callAction(page.request, baseURL!, action);
    expect(response.status(), `${action.name} as a customer`).toBe(404);
  }
  for (const route of routes) await expectRouteRefused(page.request, baseURL!, route, notFound);
});

/** The second-factor page and its two actions are how the factor is passed: open before it. */
const BEFORE_SECOND_FACTOR =
  /\/admin\/second-factor(\/actions\.ts#(confirmEnrolmentAction|verifySecondFactorAction))?$/;

test("P12: every admin page and admin action sends an admin whose session has not passed the second factor to it", async ({
  page,
  baseURL,
  newAccount,
  signInDirectly,
}) => {
  test.setTimeout(120_000);
  await signInDirectly(page.context(), await newAccount({ role: "admin" }), { secondFactor: false });
  const pages = adminPages().filter((pagePath) => !BEFORE_SECOND_FACTOR.test(pagePath));
  expect(pages).toContain("/fr/admin/legal-disclosures");
  for (const pagePath of pages) {
    await page.goto(pagePath);
    await expect(page, pagePath).toHaveURL(/\/fr\/admin\/second-factor$/);
  }
  const actions = protectedActions().filter((a) => a.name.includes("/admin/") && !BEFORE_SECOND_FACTOR.test(a.name));
  expect(actions.map((a) => a.name)).toContain("app/[locale]/admin/second-factor/actions.ts#renewRecoveryCodesAction");
  for (const action of actions) {
    const response = await callAction(page.request, baseURL!, action);
    expect(response.status(), action.name).toBeLessThan(500);
    expect(response.headers()["x-action-redirect"] ?? "", action.name).toMatch(/^\/fr\/admin\/second-factor/);
  }
  for (const route of adminRoutes()) {
    await expectRouteRefused(page.request, baseURL!, route, /^(30[37] \S*\/fr\/admin\/second-factor|405 )$/);
  }
});
