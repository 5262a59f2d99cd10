// P22: links to other sites are marked and open safely, through the one ExternalLink component. The scan
// reads the source of every .tsx file under app/ and components/ with the TypeScript parser, so a raw
// <a href="https://…"> (or a new-tab link) added tomorrow fails here without touching this test.
import fs from "node:fs";
import path from "node:path";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { ExternalLink } from "@/components/ui/external-link";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

const root = path.resolve(import.meta.dirname, "../..");
const COMPONENT = "components/ui/external-link.tsx";
const ABSOLUTE_URL = /^(https?:)?\/\//i;

/** The text of an attribute value when it is written in the source (a literal, or a template's start). */
function writtenText(initializer: ts.JsxAttributeValue | undefined): string | undefined {
  const value = initializer && ts.isJsxExpression(initializer) ? initializer.expression : initializer;
  if (!value) return undefined;
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text;
  if (ts.isTemplateExpression(value)) return value.head.text;
  return undefined;
}

/**
 * Elements of `source` that link to another site without ExternalLink: an absolute http(s) href on anything
 * but ExternalLink (and <link> resource tags, whose hosts the partner registry test checks), or a new-tab
 * target, which only ExternalLink may set. Returned as "line: tag attribute".
 */
function linksBypassingExternalLink(file: string, source: string): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(sourceFile);
      for (const attribute of node.attributes.properties) {
        if (!ts.isJsxAttribute(attribute) || tag === "ExternalLink" || tag === "link") continue;
        const name = attribute.name.getText(sourceFile);
        const text = writtenText(attribute.initializer);
        const external = name === "href" && text !== undefined && ABSOLUTE_URL.test(text);
        const newTab = name === "target" && text === "_blank";
        if (external || newTab) {
          const line = sourceFile.getLineAndCharacterOfPosition(attribute.getStart(sourceFile)).line + 1;
          found.push(`${line}: <${tag} ${name}="${text}">`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function tsxFiles(directory: string): string[] {
  return fs.readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) return tsxFiles(relative);
    return entry.name.endsWith(".tsx") ? [relative] : [];
  });
}

describe("P22: every link to another site goes through ExternalLink", () => {
  test("the scanner finds raw external links and new-tab targets, and leaves the rest alone", () => {
    const snippet = `
export function Footer({ url }: { url: string }) {
  return (
    <div>
      <a href="https://www.instagram.com/plusuite">Instagram</a>
      <a className="x" href={"http://example.org"}>x</a>
      <Link href={\`https://partner.example/\${url}\`}>partner</Link>
      <a href={url} target="_blank">dynamic</a>
      <a href="/fr/privacy">ours</a>
      <Link href="/contact">contact</Link>
      <ExternalLink href="https://stripe.com/fr/privacy">Stripe</ExternalLink>
    </div>
  );
}`;
    expect(linksBypassingExternalLink("components/layout/footer.tsx", snippet)).toEqual([
      '5: <a href="https://www.instagram.com/plusuite">',
      '6: <a href="http://example.org">',
      '7: <Link href="https://partner.example/">',
      '8: <a target="_blank">',
    ]);
  });

  test("no .tsx file under app/ or components/ links elsewhere without it", () => {
    const files = [...tsxFiles("app"), ...tsxFiles("components")].filter((file) => file !== COMPONENT);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      linksBypassingExternalLink(file, fs.readFileSync(path.join(root, file), "utf8")).map(
        (finding) => `${file}:${finding}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});

type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;
const intl = (locale: "fr" | "en"): Omit<ProviderProps, "children"> => ({
  locale,
  timeZone: SHOP_TIME_ZONE,
  messages: locale === "fr" ? fr : en,
});

describe("P22: ExternalLink", () => {
  const render = (locale: "fr" | "en", props: ComponentProps<typeof ExternalLink>) =>
    renderToStaticMarkup(
      // children go as createElement's third argument, though the provider's props type counts them as a prop
      createElement(NextIntlClientProvider, intl(locale) as ProviderProps, createElement(ExternalLink, props)),
    );

  test.each([
    ["fr", "(nouvel onglet, site externe)"],
    ["en", "(new tab, external site)"],
  ] as const)("opens in a new tab with rel=noopener noreferrer and says so in %s", (locale, said) => {
    const html = render(locale, { href: "https://stripe.com/fr/privacy", className: "underline", children: "Stripe" });
    const anchor = /^<a ([^>]*)>/.exec(html)![1]!;
    expect(anchor).toContain('href="https://stripe.com/fr/privacy"');
    expect(anchor).toContain('target="_blank"');
    expect(anchor).toContain('rel="noopener noreferrer"');
    expect(anchor).toContain('class="underline"');
    expect(html).toMatch(/<svg aria-hidden="true"/);
    expect(html).toContain(`<span class="sr-only"> ${said}</span>`);
  });

  test("a caller cannot weaken target or rel", () => {
    const forced = { target: "_self", rel: "opener" } as object;
    const html = render("fr", { href: "https://www.tidio.com/privacy-policy/", children: "Tidio", ...forced });
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toContain('rel="opener"');
    expect(html).not.toContain("_self");
  });
});
