// P1, P9, P20: the partner registry (lib/partners/registry.ts) is the complete list of the companies the
// shop talks to. The scan reads every string of the application's source (lib/, app/, components/,
// proxy.ts, next.config.ts and the UI messages) with the TypeScript parser, so a third-party host added
// tomorrow fails here until it is in the registry, and with it in the banner, the CSP and the privacy page.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createResendSender } from "@/lib/email/resend-sender";
import { parseEnv } from "@/lib/env";
import { paymentConfigFrom } from "@/lib/payments/config";
import { clearPayPalTokenCache, getPayPalAccessToken } from "@/lib/payments/paypal/client";
import { createStripeClient } from "@/lib/payments/stripe";
import { OPTIONAL_CATEGORIES, PARTNERS, partner, type Partner, type PartnerId } from "@/lib/partners/registry";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["lib", "app", "components", "proxy.ts", "next.config.ts", "messages"];
const SKIPPED = ["lib/generated"];

/** The shop's own domain (and its subdomains): the one its e-mails come from. */
const OWN_DOMAIN = "plusuite.com";
const LOCAL_HOSTS = ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"];
/** Names in URLs that identify something and are never contacted. */
const IDENTIFIERS_NOT_CONTACTED: Record<string, string> = {
  "schema.org": "JSON-LD vocabulary (https://schema.org/InStock…): search engines read it, no browser fetches it",
  "www.w3.org": "XML namespaces of inline SVG (xmlns): a name, never fetched",
};
/** Reserved names (RFC 2606, RFC 6761): they never reach anyone, e.g. placeholder addresses in examples. */
const RESERVED = /(^|\.)(test|example|invalid|localhost)$|(^|\.)example\.(com|net|org)$/;

const URL_HOST = /\b(?:https?|wss?):\/\/([a-z0-9*_-]+(?:\.[a-z0-9_-]+)+|\[[0-9a-f:]+\])/gi;
// A bare host name in a string ("api.stripe.com"), not an e-mail address, a file name or a message key
// ("countries.FR") or an SQL column ("u.email"): lower case and common TLDs only.
const BARE_HOST =
  /(?<![\w@./:-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|fr|eu|de|uk|be|ch|dev|app|ai|cloud|tv|gg|ly))(?![\w.-])/g;

/** Every host named in a piece of text: in URLs, and bare host names. */
function hostsIn(text: string): string[] {
  const withoutUrls = text.replace(URL_HOST, " ");
  return [
    ...[...text.matchAll(URL_HOST)].map((match) => match[1]!),
    ...[...withoutUrls.matchAll(BARE_HOST)].map((match) => match[1]!),
  ].map((host) => host.toLowerCase());
}

/** The strings of a source file (literals, template parts, JSX text): comments do not contact anyone. */
function stringsOf(file: string, source: string): string[] {
  if (file.endsWith(".json")) {
    const values = (value: unknown): string[] =>
      typeof value === "string" ? [value] : Object.values(value as object).flatMap(values);
    return values(JSON.parse(source));
  }
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function hostsOfSource(file: string, source: string): string[] {
  return [...new Set(stringsOf(file, source).flatMap(hostsIn))];
}

function matchesPattern(host: string, pattern: string): boolean {
  return pattern.startsWith("*.") ? host.endsWith(pattern.slice(1)) : host === pattern;
}

function registryHostPatterns(partners: readonly Partner[]): string[] {
  return partners.flatMap((entry) => [
    ...Object.values(entry.browser).flatMap((origins: readonly string[]) =>
      origins.map((origin) => origin.replace(/^[a-z]+:\/\//, "")),
    ),
    ...entry.serverHosts,
    new URL(entry.privacyPolicyUrl).hostname,
  ]);
}

/** Hosts of `hosts` that are neither ours, nor local, nor mere identifiers, nor in the registry. */
function unregisteredHosts(hosts: string[], partners: readonly Partner[] = PARTNERS): string[] {
  const patterns = registryHostPatterns(partners);
  return hosts.filter(
    (host) =>
      host !== OWN_DOMAIN &&
      !host.endsWith(`.${OWN_DOMAIN}`) &&
      !LOCAL_HOSTS.includes(host) &&
      !RESERVED.test(host) &&
      !(host in IDENTIFIERS_NOT_CONTACTED) &&
      !patterns.some((pattern) => matchesPattern(host, pattern)),
  );
}

function sourceFiles(entry: string): string[] {
  if (SKIPPED.includes(entry)) return [];
  const full = path.join(root, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs.readdirSync(full).flatMap((name) => sourceFiles(path.join(entry, name)));
}

describe("P1, P20: every third-party host in the code is in the partner registry", () => {
  test("the scanner finds hosts in URLs and bare names, in strings and JSX text, not in comments", () => {
    const snippet = `
// a comment about https://comment.example.net is not a request
const api = "https://api.newpartner.io/v1/collect";
const socket = \`wss://live.chatvendor.com/\${id}\`;
const host = "pixel.tracker.net";
const mail = "support@mailer.org";
const file = "lib/shop.ts";
export const Widget = () => <p>Powered by cdn.widgets.co</p>;
`;
    expect(hostsOfSource("components/x.tsx", snippet).sort()).toEqual(
      ["api.newpartner.io", "cdn.widgets.co", "live.chatvendor.com", "pixel.tracker.net"].sort(),
    );
  });

  test("a host that is not in the registry is reported; registered, own, local and reserved ones are not", () => {
    const hosts = hostsOfSource(
      "lib/x.ts",
      `const urls = ["https://api.newpartner.io/v1", "https://code.tidio.co/k.js", "api.stripe.com",
        "https://www.${OWN_DOMAIN}/fr", "http://127.0.0.1:3000", "https://shop.example/fr", "https://schema.org/InStock",
        "https://api-m.sandbox.paypal.com", "wss://socket.tidio.co"];`,
    );
    expect(unregisteredHosts(hosts)).toEqual(["api.newpartner.io"]);
    // Without Tidio in the registry, its hosts are caught.
    const withoutTidio = PARTNERS.filter((entry) => entry.id !== "tidio");
    expect(unregisteredHosts(hosts, withoutTidio)).toEqual(["api.newpartner.io", "code.tidio.co", "socket.tidio.co"]);
  });

  test("lib/, app/, components/, proxy.ts, next.config.ts and messages name only registered hosts", () => {
    const files = SOURCES.flatMap(sourceFiles).filter((file) => /\.(ts|tsx|mjs|js|json)$/.test(file));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      hostsOfSource(file, fs.readFileSync(path.join(root, file), "utf8")).map((host) => ({ file, host })),
    );
    // The scan sees the registry's own hosts: it reads the files the integrations live in.
    expect(found.map(({ host }) => host)).toContain("api.stripe.com");
    const unregistered = found.filter(({ host }) => unregisteredHosts([host]).length > 0);
    expect(unregistered.map(({ file, host }) => `${file}: ${host}`)).toEqual([]);
  });
});

describe("P20: the registry describes every partner", () => {
  const messages = Object.fromEntries(
    ["fr", "en"].map((locale) => [
      locale,
      JSON.parse(fs.readFileSync(path.join(root, "messages", `${locale}.json`), "utf8")) as {
        Partners: Record<string, { purpose?: string; data?: string }>;
      },
    ]),
  );

  test.each(PARTNERS.map((entry) => entry.id))("P1: %s has its purpose and data sent in fr and en", (id) => {
    for (const locale of ["fr", "en"]) {
      // Shown by the banner and the privacy page's processor list.
      expect(messages[locale]!.Partners[id]?.purpose, `${locale}: Partners.${id}.purpose`).toBeTruthy();
      expect(messages[locale]!.Partners[id]?.data, `${locale}: Partners.${id}.data`).toBeTruthy();
    }
  });

  test("P8, P11, P20: a partner that is not necessary needs consent to its category and names its hosts", () => {
    const optional = PARTNERS.filter((entry) => entry.category !== "necessary");
    expect(optional.map((entry) => entry.id).sort()).toEqual(["facebook", "tidio"]);
    for (const entry of optional as readonly Partner[]) {
      expect(OPTIONAL_CATEGORIES, entry.id).toContain(entry.category);
      expect(entry.legalBasis, entry.id).toBe("consent");
      expect(Object.values(entry.browser).flat().length, `${entry.id}: browser hosts`).toBeGreaterThan(0);
    }
  });

  test("ids are unique and privacy policies are https pages", () => {
    expect(new Set(PARTNERS.map((entry) => entry.id)).size).toBe(PARTNERS.length);
    for (const entry of PARTNERS) expect(new URL(entry.privacyPolicyUrl).protocol).toBe("https:");
  });
});

describe("P1, P9: the API clients the shop uses talk to the registry's server hosts", () => {
  const serverHosts = (id: PartnerId) => partner(id).serverHosts;

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
    clearPayPalTokenCache();
  });

  test("Stripe: the SDK client we create calls its registered API host", () => {
    const stripe = createStripeClient({ secretKey: "sk_test_registry", webhookSecret: "whsec_registry" });
    const host = (stripe as unknown as { getApiField(name: string): string }).getApiField("host");
    expect(serverHosts("stripe")).toContain(host);
    // The check reads the real setting: a test's local fake replaces it.
    const fake = createStripeClient({ secretKey: "sk_test_x", webhookSecret: "whsec_x", apiUrl: "http://127.0.0.1:1" });
    expect((fake as unknown as { getApiField(name: string): string }).getApiField("host")).toBe("127.0.0.1");
  });

  test("Resend: an e-mail is posted to its registered API host", async () => {
    vi.stubEnv("RESEND_BASE_URL", "");
    const requested: string[] = [];
    vi.stubGlobal("fetch", async (input: string | URL | Request) => {
      requested.push(new URL(input instanceof Request ? input.url : input).hostname);
      return new Response(JSON.stringify({ id: "email-id" }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    });
    const sender = createResendSender({ apiKey: "re_registry", from: "PluSuite <commandes@plusuite.com>" });
    await sender.send({ key: "k", to: "client@example.fr", subject: "s", html: "<p>h</p>", text: "t" });
    expect(requested.length).toBeGreaterThan(0);
    for (const host of requested) expect(serverHosts("resend")).toContain(host);
  });

  test.each([
    ["the default (sandbox)", undefined],
    ["live", "https://api-m.paypal.com"],
  ])("PayPal: %s API base is a registered host, and the client calls it", async (_, apiUrl) => {
    const env = parseEnv({
      PAYPAL_CLIENT_ID: "client",
      PAYPAL_CLIENT_SECRET: "secret",
      PAYPAL_WEBHOOK_ID: "webhook",
      ...(apiUrl ? { PAYPAL_API_URL: apiUrl } : {}),
    });
    const config = paymentConfigFrom(env).paypal!;
    const requested: string[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      requested.push(new URL(input instanceof Request ? input.url : input).hostname);
      return new Response(JSON.stringify({ access_token: "token", expires_in: 3600 }), { status: 200 });
    }) as typeof fetch;
    await getPayPalAccessToken(config, fakeFetch);
    expect(requested).toHaveLength(1);
    expect(serverHosts("paypal")).toContain(requested[0]);
  });
});
