// IDOR sweep (issue 14, P12, P13): customer A has things with ids (an order placed through the shop, an address, a
// saved list and its item, a testimonial, an organization with an invitation, a cart line); customer B, signed in,
// calls every server action that takes an id, every route handler and every page whose path holds one, with A's
// ids. B must never see A's data (A's e-mail, name, address, list name, testimonial in no answer) and nothing of
// A's may change (A's rows compared before and after).
// The entry points come from the build (tests/e2e/support/build-manifest.ts): an action, or a dynamic segment,
// that this file does not classify fails the first test, so a new one forces a decision here.
import { randomUUID } from "node:crypto";
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import {
  actionsOf,
  appRoutes,
  callAction,
  callActionWithJson,
  fillRoute,
  isAdminAction,
  type Action,
} from "./support/build-manifest";
import { expect, test, type Account } from "./support/fixtures";
import type { Db } from "@/lib/db/client";

// One test places an order through the shop and hashes passwords with production scrypt.
test.describe.configure({ timeout: 120_000 });

/** What A has: the ids B will try, and texts that only A's data contains. */
type Victim = {
  account: Account;
  ids: {
    order: string;
    orderNumber: string;
    address: string;
    list: string;
    listItem: string;
    testimonial: string;
    organization: string;
    invitation: string;
    cart: string;
    cartLine: string;
    email: string;
    /** a product of the catalogue (public), for the calls that need one besides A's ids */
    product: string;
  };
  /** texts of A's that must appear in none of B's answers */
  secrets: string[];
};

type Form = Record<string, string>;
type Call = { form: Form } | { object: Record<string, unknown> };

/**
 * Every server action outside the back office, classified: the calls B makes with A's ids, or why it takes no
 * id of a customer's thing. The back office's actions are all called with A's ids by rule (B is no admin: 404).
 */
const ACTIONS: Record<string, ((a: Victim["ids"], b: { list: string }) => Call[]) | string> = {
  // Mon compte
  "app/[locale]/account/addresses/actions.ts#saveAddressAction": (a) => [
    {
      form: {
        addressId: a.address,
        name: "Pris par B",
        line1: "1 rue de B",
        postalCode: "75001",
        city: "Paris",
        country: "FR",
        defaultShipping: "on",
      },
    },
  ],
  "app/[locale]/account/addresses/actions.ts#deleteAddressAction": (a) => [{ form: { addressId: a.address } }],
  "app/[locale]/account/addresses/actions.ts#setDefaultAddressAction": (a) => [
    { form: { addressId: a.address, kind: "shipping" } },
    { form: { addressId: a.address, kind: "billing" } },
  ],
  "app/[locale]/account/lists/actions.ts#manageListsAction": (a): Call[] => [
    { form: { intent: "rename", listId: a.list, name: "Pris par B" } },
    { form: { intent: "delete", listId: a.list } },
  ],
  "app/[locale]/account/lists/actions.ts#manageListItemsAction": (a, b): Call[] =>
    [a.list, b.list].flatMap((listId): Call[] => [
      { form: { intent: "quantity", listId, itemId: a.listItem, quantity: "7" } },
      { form: { intent: "remove", listId, itemId: a.listItem } },
      { form: { intent: "move", listId, itemId: a.listItem } },
      { form: { intent: "moveAll", listId } },
    ]),
  "app/[locale]/account/organization/actions.ts#inviteMemberAction": (a) => [
    { form: { organizationId: a.organization, email: `e2e-idor-${randomUUID()}@example.fr` } },
  ],
  "app/[locale]/account/testimonials/actions.ts#manageTestimonialAction": (a) =>
    ["delete", "showName", "hideName"].map((intent) => ({ form: { id: a.testimonial, intent } })),
  "app/[locale]/account/interests/actions.ts#manageInterestsAction": "a product's id: the catalogue's, public",
  "app/[locale]/account/preferences/actions.ts#updatePreferencesAction": "the session's own preferences",
  "app/[locale]/account/preferences/actions.ts#resendConfirmationAction": "a list name (newsletter, promotions)",
  "app/[locale]/account/privacy/actions.ts#deleteAccountAction": "the session's own account, re-authenticated",
  "app/[locale]/account/profile/actions.ts#updateProfileAction": "the session's own profile",
  "app/[locale]/account/profile/actions.ts#changeEmailAction": "the session's own address, re-authenticated",
  "app/[locale]/account/profile/actions.ts#changePasswordAction": "the session's own password, re-authenticated",
  "app/[locale]/account/testimonials/actions.ts#createTestimonialAction": "creates one of the session's own",
  // The shop
  "app/[locale]/(shop)/cart/actions.ts#updateCartLineAction": (a) => [{ object: { lineId: a.cartLine, quantity: 9 } }],
  "app/[locale]/(shop)/cart/actions.ts#removeCartLineAction": (a) => [{ object: { lineId: a.cartLine } }],
  "app/[locale]/(shop)/cart/actions.ts#addToCartAction": "catalogue ids, into the cookie's own cart",
  "app/[locale]/(shop)/cart/actions.ts#addToCartFormAction": "catalogue ids, into the cookie's own cart",
  "app/[locale]/(shop)/cart/actions.ts#acceptCartChangesAction": "the cookie's own cart",
  "app/[locale]/(shop)/checkout/actions.ts#placeOrderAction": "the cookie's own cart",
  "app/[locale]/(shop)/checkout/paypal/actions.ts#startPayPalOrderAction": (a) => [{ object: { orderId: a.order } }],
  "app/[locale]/(shop)/checkout/paypal/actions.ts#capturePayPalOrderAction": (a) => [
    { object: { orderId: a.order, paypalOrderId: "5O190127TN364715T" } },
  ],
  "app/[locale]/(shop)/product/[slug]/actions.ts#saveToListAction": (a) => [
    { object: { target: "list", listId: a.list, productId: a.product } },
  ],
  "app/[locale]/(shop)/product/[slug]/actions.ts#saveTargetsAction": "the session's own lists",
  "app/[locale]/(shop)/contact/actions.ts#sendContactMessageAction": (a) => [
    {
      form: {
        name: "B",
        email: "e2e-idor-b@example.fr",
        subject: "order",
        message: "Où en est la commande ?",
        orderNumber: a.orderNumber,
      },
    },
  ],
  "app/[locale]/(shop)/accept-invitation/actions.ts#acceptInvitationAction": "a secret token, not an id",
  "app/[locale]/(shop)/accept-invitation/actions.ts#joinWithNewAccountAction": "a secret token, not an id",
  "app/[locale]/(shop)/forgot-password/actions.ts#requestPasswordResetAction": "an address, same answer for all",
  "app/[locale]/(shop)/newsletter/actions.ts#subscribeToNewsletterAction": "an address, same answer for all",
  "app/[locale]/(shop)/newsletter/actions.ts#confirmNewsletterAction": "a secret token, not an id",
  "app/[locale]/(shop)/reset-password/actions.ts#resetPasswordAction": "a secret token, not an id",
  "app/[locale]/(shop)/verify-email/actions.ts#verifyEmailWithPasswordAction": "a secret token, not an id",
  "app/[locale]/(shop)/sign-in/actions.ts#signInAction": "credentials",
  "app/[locale]/(shop)/sign-in/actions.ts#requestSignInLinkAction": "an address, same answer for all",
  "app/[locale]/(shop)/sign-in/actions.ts#signOutAction": "the session's own",
  "app/[locale]/(shop)/sign-up/actions.ts#signUpAction": "creates an account",
  "app/[locale]/consent/actions.ts#saveConsentAction": "the browser's own consent",
};

/** The id each dynamic segment of a page or route handler is given, or why it names no customer's thing. */
const SEGMENTS: Record<string, ((a: Victim["ids"], customerId: string) => string) | string> = {
  orderId: (a) => a.order,
  addressId: (a) => a.address,
  listId: (a) => a.list,
  customerId: (_, customerId) => customerId,
  // back office (messages, campaigns, products) and the development outbox (its id an e-mail's): all admin-only
  id: (a) => a.email,
  locale: "the language",
  slug: "a product's or category's, public",
  view: "a category's filters",
  key: "a search",
  page: "a page number",
  version: "a published policy's version, public",
  kind: "privacy or terms",
  rest: "any unknown path: the 404",
  path: "an uploaded product photo, public",
  nextauth: "Auth.js's own endpoints",
};

function dynamicRoutes(): { pattern: string; segments: string[] }[] {
  return appRoutes()
    .filter((route) => /\/(page|route)$/.test(route))
    .map((route) => ({
      pattern: route.replace(/\/(page|route)$/, ""),
      segments: [...route.matchAll(/\[\[?(?:\.\.\.)?([^\]]+)\]?\]/g)].map(([, name]) => name!),
    }))
    .filter(({ segments }) => segments.length > 0);
}

test("P12: every server action and dynamic segment of the build is classified for the IDOR sweep", () => {
  const unclassified = actionsOf(["app/"])
    .filter((action) => !isAdminAction(action))
    .map((action) => action.name)
    .filter((name) => !(name in ACTIONS));
  expect(unclassified, "actions this sweep does not know: add each to ACTIONS (the calls, or why no id)").toEqual([]);
  const segments = [...new Set(dynamicRoutes().flatMap((route) => route.segments))].filter(
    (name) => !(name in SEGMENTS),
  );
  expect(segments, "dynamic segments this sweep does not know: add each to SEGMENTS").toEqual([]);
  // And nothing stale: every classified action is still in the build.
  const built = new Set(actionsOf(["app/"]).map((action) => action.name));
  expect(Object.keys(ACTIONS).filter((name) => !built.has(name))).toEqual([]);
});

/** A places a demo order through the shop; the rest is written straight into the database. */
async function createVictim(page: Page, db: Db, account: Account): Promise<Victim> {
  const marker = randomUUID().slice(0, 8);
  const line1 = `12 rue des Lilas ${marker}`;
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.goto("/fr/checkout");
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Nom complet").fill(account.name!);
  await page.getByLabel("Adresse", { exact: true }).fill(line1);
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByRole("button", { name: /Valider la commande de démonstration/ }).click();
  await expect(page).toHaveURL(/\/fr\/order\//);
  const order = await db.order.findFirstOrThrow({ where: { userId: account.id }, select: { id: true, number: true } });

  const product = await db.product.findFirstOrThrow({
    where: { slug: "confiture-abricot-roussillon" },
    select: { id: true, priceCents: true },
  });
  const address = await db.address.create({
    data: { userId: account.id, name: account.name!, line1, postalCode: "69003", city: "Lyon", country: "FR" },
  });
  const listName = `Liste secrète ${marker}`;
  const list = await db.savedList.create({
    data: { userId: account.id, name: listName, items: { create: { productId: product.id, quantity: 2 } } },
    include: { items: true },
  });
  const testimonialBody = `Témoignage privé ${marker}`;
  const testimonial = await db.testimonial.create({
    data: { userId: account.id, rating: 5, body: testimonialBody, locale: "fr" },
  });
  const organization = await db.organization.create({
    data: {
      name: `Société ${marker}`,
      country: "FR",
      vatNumber: "FR40303265045",
      members: { create: { userId: account.id, role: "owner", jobTitle: "Gérante", attestedAt: new Date() } },
      invitations: {
        create: {
          email: `e2e-invited-${marker}@example.fr`,
          tokenHash: `e2e-idor-${marker}`,
          invitedById: account.id,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      },
    },
    include: { invitations: true },
  });
  const cart = await db.cart.create({
    data: {
      userId: account.id,
      lines: {
        create: { productId: product.id, itemKey: `${product.id}:`, quantity: 3, unitPriceCents: product.priceCents },
      },
    },
    include: { lines: true },
  });
  const email = await db.emailOutbox.findFirst({ where: { to: account.email }, select: { id: true } });
  return {
    account,
    ids: {
      order: order.id,
      orderNumber: order.number,
      address: address.id,
      list: list.id,
      listItem: list.items[0]!.id,
      testimonial: testimonial.id,
      organization: organization.id,
      invitation: organization.invitations[0]!.id,
      cart: cart.id,
      cartLine: cart.lines[0]!.id,
      email: email?.id ?? "no-email",
      product: product.id,
    },
    secrets: [account.email, account.name!, line1, listName, testimonialBody, `Société ${marker}`],
  };
}

/** Everything of A's, as JSON, to compare before and after B's calls. */
async function snapshotOf(db: Db, a: Victim): Promise<string> {
  const userId = a.account.id;
  return JSON.stringify(
    await Promise.all([
      db.user.findUnique({ where: { id: userId }, omit: { passwordHash: true } }),
      db.address.findMany({ where: { userId }, orderBy: { id: "asc" } }),
      db.savedList.findMany({ where: { userId }, include: { items: true }, orderBy: { id: "asc" } }),
      db.testimonial.findMany({ where: { userId }, orderBy: { id: "asc" } }),
      db.order.findMany({ where: { userId }, include: { lines: true, addresses: true, events: true, refunds: true } }),
      db.cart.findUnique({ where: { id: a.ids.cart }, include: { lines: true } }),
      db.organization.findUnique({
        where: { id: a.ids.organization },
        include: { members: true, invitations: true },
      }),
    ]),
  );
}

async function expectNothingOfA(response: APIResponse, a: Victim, what: string) {
  expect(response.status(), what).toBeLessThan(500);
  const body = await response.text();
  for (const secret of a.secrets) expect(body.includes(secret), `${what} shows A's "${secret}"`).toBe(false);
}

function call(request: APIRequestContext, baseURL: string, action: Action, sent: Call) {
  return "form" in sent
    ? callAction(request, baseURL, action, { fields: sent.form })
    : callActionWithJson(request, baseURL, action, JSON.stringify([sent.object]));
}

test("P12, P13: customer B, with customer A's ids, sees nothing of A's and changes nothing of A's", async ({
  page,
  baseURL,
  db,
  browser,
  newSignedInCustomer,
  newAccount,
  signInDirectly,
}) => {
  test.setTimeout(180_000);
  const a = await createVictim(page, db, await newSignedInCustomer({ name: `Alice Idor ${randomUUID().slice(0, 6)}` }));
  const before = await snapshotOf(db, a);

  const bAccount = await newAccount({ name: "Bob Idor" });
  const bContext = await browser.newContext({ locale: "fr-FR" });
  await signInDirectly(bContext, bAccount);
  const b = bContext.request;
  const bList = await db.savedList.create({ data: { userId: bAccount.id, name: "Liste de B" } });
  // B has a cart of its own, so that a cart line id is looked up in a cart that exists.
  const variant = await db.productVariant.findFirstOrThrow({
    where: { stock: { gt: 5 } },
    select: { id: true, productId: true },
  });
  const addToCart = actionsOf(["app/"]).find((action) => action.name.endsWith("#addToCartAction"))!;
  const added = await call(b, baseURL!, addToCart, {
    object: { productId: variant.productId, variantId: variant.id, quantity: 1 },
  });
  expect(added.status()).toBe(200);

  // Every action: those that take an id with A's ids; the back office's with A's ids in every id field.
  let calls = 0;
  for (const action of actionsOf(["app/"])) {
    const classified = ACTIONS[action.name];
    const sends: Call[] = isAdminAction(action)
      ? [
          { form: { id: a.ids.order, orderId: a.ids.order, customerId: a.account.id, messageId: a.ids.email } },
          { form: { id: a.account.id, productId: a.ids.order, imageId: a.ids.order, confirmation: a.account.email } },
        ]
      : typeof classified === "function"
        ? classified(a.ids, { list: bList.id })
        : [];
    for (const sent of sends) {
      const response = await call(b, baseURL!, action, sent);
      await expectNothingOfA(response, a, `${action.name} with ${JSON.stringify(sent)}`);
      if (isAdminAction(action)) expect(response.status(), `${action.name}: B is no admin`).toBe(404);
      calls++;
    }
  }
  expect(calls, "calls with A's ids").toBeGreaterThan(40);

  // Every page and route handler whose path holds an id, with A's.
  let paths = 0;
  for (const { pattern, segments } of dynamicRoutes()) {
    const fills = segments.map((name) => SEGMENTS[name]);
    if (!fills.some((fill) => typeof fill === "function")) continue;
    const url = fillRoute(pattern, (name) => {
      const fill = SEGMENTS[name];
      return typeof fill === "function" ? fill(a.ids, a.account.id) : "x";
    });
    for (const method of ["GET", "POST"] as const) {
      const response = await b.fetch(url, { method, maxRedirects: 0 });
      await expectNothingOfA(response, a, `${method} ${url}`);
      if (method === "GET") expect(response.status(), `GET ${url}`).toBe(404);
    }
    paths++;
  }
  expect(paths, "pages and route handlers with an id").toBeGreaterThan(8);

  expect(await snapshotOf(db, a), "A's rows after B's calls").toBe(before);
  // A still sees its own (the sweep would pass on a shop that shows nothing to anyone).
  const own = await page.request.get(`/fr/account/orders/${a.ids.order}`);
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain(a.ids.orderNumber);
  await db.organization.delete({ where: { id: a.ids.organization } });
  await bContext.close();
});
