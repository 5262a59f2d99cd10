// The logs of a running production server (P18, P19, P25), read back from the e2e database: the request log
// written in batches after each response (with its final status, the client's network only, no query
// string), search queries counted without identity, and audience counted only once the visitor consents.
// The shop's lines are told apart from other tests' by a user agent, a search word and a referring site of
// this run's own (the e2e database is shared by every spec running at the same time).
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

/** Letters only: a search word the shop counts (digits could look like a phone number, which it does not). */
const newMarker = () => Array.from({ length: 12 }, () => String.fromCharCode(97 + randomInt(26))).join("");
// One per worker: tells this worker's requests apart in the log (each test adds its own marker where it counts).
const marker = newMarker();
const userAgent =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 " +
  `plusuite-e2e/${marker}`;
test.use({ userAgent });

/** The server writes its request log every 5 seconds: wait for it, but not forever. */
const WRITTEN = { timeout: 20_000, intervals: [500] };
/** The banner closes once the server action has logged the choice: longer on a busy machine. */
const SAVED = { timeout: 15_000 };

const banner = (page: Page) => page.getByRole("region", { name: "Vos choix de cookies" });
const manageLink = (page: Page) => page.getByRole("contentinfo").getByRole("button", { name: "Gérer mes cookies" });

test("P18: the running server logs pages, a 404, a server action and an API route with their final status, the client's /24 and no query string", async ({
  page,
  db,
}) => {
  const token = `jeton-${marker}`;
  await page.goto(`/fr/reset-password?token=${token}`);
  // The banner's choice is saved by a server action: a POST to the page.
  await banner(page).getByRole("button", { name: "Tout refuser" }).click();
  await expect(banner(page)).toHaveCount(0, SAVED);
  const missing = `/fr/page-introuvable-${marker}`;
  expect((await page.goto(missing))?.status()).toBe(404);
  expect((await page.goto("/api/health"))?.status()).toBe(200);
  // A page the router prefetches (a link that asks for it) is a request too, but no visit: not logged.
  const prefetched = "/fr/commitments";
  const prefetch = await page.request.get(prefetched, {
    headers: { "user-agent": userAgent, rsc: "1", "next-router-prefetch": "1" },
  });
  expect(prefetch.status()).toBe(200);

  const ours = () =>
    db.requestLog
      .findMany({ where: { userAgent }, orderBy: { id: "asc" } })
      .then((rows) => rows.map((row) => ({ ...row, id: String(row.id) })));
  await expect
    .poll(async () => (await ours()).map(({ method, path, status }) => ({ method, path, status })), WRITTEN)
    .toEqual(
      expect.arrayContaining([
        { method: "GET", path: "/fr/reset-password", status: 200 },
        { method: "POST", path: "/fr/reset-password", status: 200 },
        { method: "GET", path: missing, status: 404 },
        { method: "GET", path: "/api/health", status: 200 },
      ]),
    );

  const lines = await ours();
  for (const line of lines) {
    // The test browser connects from 127.0.0.1: only its /24 is kept.
    expect(line.clientNetwork).toBe("127.0.0.0");
    expect(line.path).not.toMatch(/[?#]|^\/_next\//);
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
  }
  expect(lines.map((line) => line.path)).not.toContain(prefetched);
  const stored = JSON.stringify(lines);
  expect(stored).not.toContain(token);
  expect(stored).not.toContain("127.0.0.1");
});

test("P25: a search is counted by its words and the day, and the request log keeps the path without the words", async ({
  page,
  db,
}) => {
  const word = newMarker();
  await page.goto(`/fr/search?q=${word.toUpperCase()}`);
  await expect(page.getByTestId("result-count")).toBeVisible();

  await expect
    .poll(() => db.searchQueryCount.findMany({ where: { query: word }, select: { query: true, count: true } }), WRITTEN)
    .toEqual([{ query: word, count: 1 }]);
  await expect
    .poll(() => db.requestLog.findMany({ where: { userAgent }, select: { path: true, status: true } }), WRITTEN)
    .toContainEqual({ path: "/fr/search", status: 200 });
  expect(JSON.stringify(await db.requestLog.findMany({ where: { userAgent }, select: { path: true } }))).not.toContain(
    word,
  );
});

test("P19: no audience beacon is sent or counted before consent; after consent to audience alone, one view is counted as an aggregate", async ({
  page,
  db,
}) => {
  // A referring site of this run's own: the count it gets can only come from this test.
  const site = `${newMarker()}.example.org`;
  const beacons: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/audience") beacons.push(request.url());
  });

  await page.goto("/fr/category/cuisine", { referer: `http://${site}/article` });
  await banner(page).getByRole("button", { name: "Tout refuser" }).click();
  await expect(banner(page)).toHaveCount(0, SAVED);
  // A client-side navigation after the refusal: still nothing sent.
  await page.getByTestId("product-card").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/fr\/product\/[a-z0-9-]+$/);
  await expect(manageLink(page)).toBeVisible();
  expect(beacons).toEqual([]);

  // Audience alone, through "Gérer mes cookies".
  const beacon = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/audience");
  await manageLink(page).click();
  await banner(page).getByRole("checkbox", { name: "Mesure d’audience" }).check();
  await banner(page).getByRole("button", { name: "Enregistrer mes choix" }).click();
  await expect(banner(page)).toHaveCount(0, SAVED);
  await beacon;

  // Exactly one view, of the product page (neither of the views made before consent), under its pattern.
  await expect
    .poll(
      () =>
        db.audienceCount.findMany({
          where: { referrerHost: site },
          select: { page: true, referrerHost: true, country: true, count: true },
        }),
      WRITTEN,
    )
    .toEqual([{ page: "/product/[slug]", referrerHost: site, country: "FR", count: 1 }]);
  expect(beacons).toHaveLength(1);
});
