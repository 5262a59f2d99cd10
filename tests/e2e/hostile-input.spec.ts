// Hostile input on every entry point (issue 14, P12): every server action and every route handler of the
// production build, enumerated from its manifests (tests/e2e/support/build-manifest.ts, as authorization.spec.ts
// does), is called with fast-check's random and hostile inputs (tests/e2e/support/hostile-values.ts): odd
// Unicode and control characters, huge text, wrong types, repeated fields, prototype keys, missing fields,
// random JSON bodies, query strings, headers and cookies. Signed out, as a signed-in customer and, for the back
// office, as an admin past the second factor. Two properties each time:
//   - never a 5xx (a bad input gets a refusal, never a crash);
//   - never a partial write: the rows of every table are counted before and after each call, and a refused
//     call must leave them as they were (tests/e2e/support/row-counts.ts names the few tables any request
//     may change, and why).
// The row counts are the whole database's: this spec runs alone, after every other one (the "alone" project of
// playwright.config.ts). Each property has a fixed seed per entry point, printed by fast-check with the
// counterexample when it fails, so a failure replays.
import type { APIRequestContext, APIResponse, BrowserContext } from "@playwright/test";
import fc from "fast-check";
import {
  actionStateOf,
  actionsOf,
  callAction,
  callActionWithJson,
  fillRoute,
  isAccountAction,
  isAdminAction,
  routeHandlers,
  type Action,
} from "./support/build-manifest";
import { expect, test, type Account } from "./support/fixtures";
import {
  formArbitrary,
  hintsOf,
  jsonBodyArbitrary,
  nulExample,
  oddText,
  seedOf,
  type FormInput,
  type KnownIds,
} from "./support/hostile-values";
import { changedTables, countRows } from "./support/row-counts";
import { GATEWAY_SHOP } from "./support/servers";
import type { Db } from "@/lib/db/client";

/** Calls per action and identity, and per route handler and identity: ~4 minutes in all on two cores. */
const RUNS_PER_ACTION = 15;
const RUNS_PER_ROUTE = 30;

type Identity = "signed out" | "customer" | "admin";

/** The input as a failure message shows it: long texts shortened, odd characters escaped by JSON. */
function shown(input: unknown): string {
  return JSON.stringify(input, (_, value: unknown) =>
    typeof value === "string" && value.length > 120 ? `${value.slice(0, 40)}…(${value.length} characters)` : value,
  ).slice(0, 2_000);
}

/** Whether a call was refused: an error status, an error state, or (signed out) the redirect to sign in. */
function refused(response: APIResponse, body: string, identity: Identity): boolean {
  if (response.status() >= 400) return true;
  const redirect = response.headers()["x-action-redirect"] ?? response.headers()["location"];
  if (redirect) return identity === "signed out" && /^\/(fr|en)\/sign-in(\?|$)/.test(redirect);
  return Boolean(actionStateOf(body)?.error);
}

/**
 * Sends one hostile request and checks both properties. `what` names the entry point and the input, so that
 * a failure says which and with what (fast-check adds the seed and the shrunk counterexample).
 */
async function expectNoCrashNoPartialWrite(
  db: Db,
  identity: Identity,
  what: string,
  send: () => Promise<APIResponse>,
): Promise<void> {
  const before = await countRows(db);
  const response = await send();
  const body = await response.text();
  expect(response.status(), `${what} as ${identity}: ${body.slice(0, 300)}`).toBeLessThan(500);
  if (!refused(response, body, identity)) return;
  expect(
    changedTables(before, await countRows(db)),
    `${what} as ${identity}: refused (${response.status()}) but wrote`,
  ).toEqual([]);
}

/** Real ids and slugs of the shop, so that some inputs name existing rows. */
async function knownIds(db: Db): Promise<KnownIds> {
  const products = await db.product.findMany({ take: 3, select: { id: true, slug: true } });
  const variants = await db.productVariant.findMany({ take: 3, select: { id: true } });
  const categories = await db.category.findMany({ take: 2, select: { id: true, slug: true } });
  return {
    ids: [...products, ...variants, ...categories].map(({ id }) => id),
    slugs: [...products, ...categories].map(({ slug }) => slug),
  };
}

/** One fast-check property per action: a form (its fields guessed from its schema) or a JSON reply body. */
async function sweepActions(
  db: Db,
  request: APIRequestContext,
  baseURL: string,
  identity: Identity,
  actions: Action[],
  beforeEach: () => Promise<void> = async () => {},
) {
  const known = await knownIds(db);
  const failures: string[] = [];
  for (const action of actions) {
    await beforeEach();
    const hints = hintsOf(action);
    const input = fc.oneof(
      { weight: hints.takesObject ? 1 : 3, arbitrary: formArbitrary(hints, known).map((form) => ({ form })) },
      { weight: hints.takesObject ? 3 : 1, arbitrary: jsonBodyArbitrary(hints, known).map((json) => ({ json })) },
    );
    const property = fc.asyncProperty(input, async (sent: { form?: FormInput; json?: string }) => {
      await expectNoCrashNoPartialWrite(db, identity, `${action.name} given ${shown(sent)}`, () =>
        sent.form
          ? callAction(request, baseURL, action, { fields: Object.fromEntries(sent.form), withoutLocale: true })
          : callActionWithJson(request, baseURL, action, sent.json!),
      );
    });
    const seed = seedOf(`${identity} ${action.name}`);
    const examples: [{ form?: FormInput; json?: string }][] = [[{ form: nulExample(hints, known) }]];
    await failureOf(property, { numRuns: RUNS_PER_ACTION, seed, examples }, action.name, failures);
  }
  expect(failures, `${failures.length} of ${actions.length} actions failed`).toEqual([]);
}

/**
 * Runs a property; its failure (fast-check's report: seed, counterexample, the assertion that failed) is
 * added to `failures` under `name`, so that one run names every entry point that fails, not only the first.
 */
async function failureOf<T>(
  property: fc.IAsyncProperty<T>,
  options: { numRuns: number; seed: number; examples?: T[] },
  name: string,
  failures: string[],
) {
  try {
    await fc.assert(property, { ...options, endOnFailure: true });
  } catch (error) {
    // fast-check's report (seed, counterexample), then what failed: the status and body, or the changed tables.
    const report = (error as Error).message.split("\nHint:")[0]!;
    const cause = ((error as Error).cause as Error | undefined)?.message.split("\n\n")[0] ?? "";
    failures.push(`${name}: ${report.slice(0, 1_500)}\n${cause.slice(0, 1_000)}`);
  }
}

/**
 * Signs `context` in as a new account of `role` before each action's property, so that what one action's inputs
 * did (a pending testimonial, a deleted account, a sign-out) does not keep the next one's from its handler.
 */
function freshAccountFor(
  context: BrowserContext,
  role: Account["role"],
  fixtures: {
    newAccount: (options?: { role?: Account["role"] }) => Promise<Account>;
    signInDirectly: (context: BrowserContext, account: Account) => Promise<void>;
  },
) {
  return async () => {
    await context.clearCookies();
    await fixtures.signInDirectly(context, await fixtures.newAccount({ role }));
  };
}

test.describe.configure({ timeout: 240_000 });

test("P12: every server action, signed out, answers hostile input without a 5xx or a partial write", async ({
  playwright,
  baseURL,
  db,
}) => {
  const actions = actionsOf(["app/"]);
  expect(actions.length, "the build's server actions").toBeGreaterThan(60);
  const request = await playwright.request.newContext({ baseURL, timeout: 20_000 });
  await sweepActions(db, request, baseURL!, "signed out", actions);
  await request.dispose();
});

test("P12: every shop and Mon compte server action, as a signed-in customer, answers hostile input without a 5xx or a partial write", async ({
  context,
  baseURL,
  db,
  newAccount,
  signInDirectly,
}) => {
  const actions = actionsOf(["app/"]).filter((action) => !isAdminAction(action));
  expect(actions.filter(isAccountAction).length, "Mon compte's actions").toBeGreaterThan(10);
  const signIn = freshAccountFor(context, "customer", { newAccount, signInDirectly });
  await sweepActions(db, context.request, baseURL!, "customer", actions, signIn);
});

test("P12: every back-office server action, as an admin past the second factor, answers hostile input without a 5xx or a partial write", async ({
  context,
  baseURL,
  db,
  newAccount,
  signInDirectly,
}) => {
  const actions = actionsOf(["app/"]).filter(isAdminAction);
  expect(actions.length, "the back office's actions").toBeGreaterThan(25);
  const signIn = freshAccountFor(context, "admin", { newAccount, signInDirectly });
  await sweepActions(db, context.request, baseURL!, "admin", actions, signIn);
});

// ─────────────────────────── route handlers ───────────────────────────

/** Headers some handler reads: webhook signatures, cookies (cart, consent, session), the client's address… */
const READ_HEADERS = [
  "stripe-signature",
  "paypal-transmission-id",
  "paypal-transmission-time",
  "paypal-transmission-sig",
  "paypal-cert-url",
  "paypal-auth-algo",
  "content-type",
  "cookie",
  "origin",
  "referer",
  "x-forwarded-for",
  "x-request-id",
  "accept-language",
  "user-agent",
  "sec-gpc",
  "range",
];
const COOKIE_NAMES = ["plusuite.session", "plusuite.cart", "ps_consent", "NEXT_LOCALE", "plusuite.pending-password"];

/** A header value as HTTP carries it (visible ASCII and Latin-1; a client refuses anything else). */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.constantFrom(
    "t=1,v1=deadbeef",
    "t=99999999999,v1=,v0=x",
    "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77",
    "http://127.0.0.1:1/cert",
    "SHA256withRSA",
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "text/plain;charset=UTF-8",
    "1.2.3.4, 5.6.7.8",
    "x".repeat(8_000),
  ),
);
const cookieHeader = fc
  .array(
    fc.tuple(
      fc.constantFrom(...COOKIE_NAMES),
      headerValue.map((value) => encodeURIComponent(value)),
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((cookies) => cookies.map(([name, value]) => `${name}=${value}`).join("; "));

/** A path segment as sent: encoded odd text, or raw escapes a decoder may choke on. */
const segment = fc.oneof(
  fc.constantFrom("x", "1", "fr", "session", "csrf", "providers", "signin", "signout", "callback", "error"),
  oddText.map((text) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "\ufffd").slice(0, 300))),
  fc.constantFrom("%", "%zz", "%ED%A0%80", "%00", "%2e%2e", "..", ".", "%2F", "a%2Fb", "%C0%AF", "~", "%FF"),
);
const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom("locale", "token", "email", "q", "returnTo", "page", "callbackUrl", "__proto__", "error"),
        fc.string({ maxLength: 8 }),
      ),
      oddText,
    ),
    { maxLength: 4 },
  )
  .map((pairs) =>
    pairs
      .map(([key, value]) => {
        const safe = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "\ufffd").slice(0, 2_000));
        return `${safe(key)}=${safe(value)}`;
      })
      .join("&"),
  );
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  oddText,
  fc.constantFrom(
    '{"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","metadata":{"orderId":"x"}}}}',
    '{"id":"WH-1","event_type":"PAYMENT.CAPTURE.COMPLETED","resource":{"id":"1","supplementary_data":{}}}',
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
    "List-Unsubscribe=One-Click",
    '{"page":"/fr","referrer":"https://evil.example"}',
    '{"slug":"pull-marin-laine"}',
    "[".repeat(5_000),
  ),
);
const routeRequest = fc.record({
  method: fc.constantFrom("GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"),
  segments: fc.array(segment, { minLength: 1, maxLength: 3 }),
  locale: fc.constantFrom("fr", "en", "xx"),
  query: queryString,
  headers: fc.dictionary(fc.constantFrom(...READ_HEADERS), headerValue, { maxKeys: 4 }),
  cookie: fc.option(cookieHeader),
  body,
});
type RouteRequest = typeof routeRequest extends fc.Arbitrary<infer T> ? T : never;

/** "/api/auth/[...nextauth]" with the random segments: a catch-all takes them all, another segment one each. */
function urlOf(pattern: string, sent: RouteRequest): string {
  let used = 0;
  const path = fillRoute(
    pattern,
    () => (/\[\[?\.\.\./.test(pattern) ? sent.segments.join("/") : sent.segments[used++ % sent.segments.length]!),
    sent.locale,
  );
  return sent.query ? `${path}?${sent.query}` : path;
}

async function sweepRoutes(db: Db, request: APIRequestContext, identity: Identity, routes: string[]) {
  const failures: string[] = [];
  for (const pattern of routes) {
    // The webhooks of the demo shop answer 404 (no gateway configured): the gateway shop checks signatures.
    const origin = pattern.startsWith("/api/webhooks/") ? GATEWAY_SHOP.baseURL : "";
    const property = fc.asyncProperty(routeRequest, async (sent) => {
      const url = origin + urlOf(pattern, sent);
      const headers = { ...sent.headers, ...(sent.cookie ? { cookie: sent.cookie } : {}) };
      await expectNoCrashNoPartialWrite(
        db,
        identity,
        `${sent.method} ${url} ${shown({ headers, body: sent.body })}`,
        () =>
          request.fetch(url, {
            method: sent.method,
            headers,
            data: sent.method === "GET" ? undefined : sent.body,
            maxRedirects: 0,
          }),
      );
    });
    await failureOf(property, { numRuns: RUNS_PER_ROUTE, seed: seedOf(`${identity} ${pattern}`) }, pattern, failures);
  }
  expect(failures, `${failures.length} of ${routes.length} route handlers failed as ${identity}`).toEqual([]);
}

test("P12, P10: every route handler answers random paths, queries, headers, cookies and bodies without a 5xx or a partial write", async ({
  playwright,
  context,
  baseURL,
  db,
  newSignedInCustomer,
  newAccount,
  signInDirectly,
}) => {
  test.setTimeout(300_000);
  const routes = routeHandlers();
  expect(routes, "the build's route handlers").toEqual(
    expect.arrayContaining(["/api/webhooks/stripe", "/api/auth/[...nextauth]", "/[locale]/account/privacy/export"]),
  );
  const signedOut = await playwright.request.newContext({ baseURL, timeout: 20_000 });
  await sweepRoutes(db, signedOut, "signed out", routes);
  await signedOut.dispose();

  await newSignedInCustomer({ name: "Client Hostile" });
  await sweepRoutes(
    db,
    context.request,
    "customer",
    routes.filter((route) => !route.includes("/admin/")),
  );

  const adminContext = await context.browser()!.newContext();
  await signInDirectly(adminContext, await newAccount({ role: "admin" }));
  await sweepRoutes(
    db,
    adminContext.request,
    "admin",
    routes.filter((route) => route.includes("/admin/")),
  );
  await adminContext.close();
});
