// What reaches the browser: every module that a "use client" file imports, followed through the repository's
// own imports (type-only imports and server-action modules excluded: the bundler keeps neither). None of them may
// bring schemas (zod: ~30 kB gzip), server-only code, the database or Node built-ins into a client bundle: the
// constants a client needs live apart from the modules that validate (issue 13's JavaScript budget).
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const FORBIDDEN = [
  /^zod(\/|$)/,
  /^server-only$/,
  /^@prisma\//,
  /^@electric-sql\//,
  /^next-auth(\/|$)/,
  /^node:/,
  /^(stripe|resend|pino|pg)$/,
  /^@\/lib\/db(\/|$)/,
  /^@\/lib\/env$/,
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function directive(source: ts.SourceFile): string | null {
  const first = source.statements[0];
  return first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)
    ? first.expression.text
    : null;
}

/** The module specifiers a file imports for its values (what a bundler follows). */
function valueImports(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.elements.every((element) => element.isTypeOnly)
          : false);
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveLocal(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(path.join(root, from)), specifier)
      : null;
  if (!base) return null;
  for (const suffix of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const candidate = base + suffix;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return path.relative(root, candidate);
  }
  return null;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
}

/** Each forbidden import reached from the client files, with the chain of files that leads to it. */
function forbiddenImportsFrom(entries: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue = entries.map((file) => [file]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = parse(file);
    // A server action module reaches the browser as a reference only.
    if (chain.length > 1 && directive(source) === "use server") continue;
    for (const specifier of valueImports(source)) {
      if (FORBIDDEN.some((pattern) => pattern.test(specifier))) {
        problems.push(`${[...chain].join(" → ")} → ${specifier}`);
        continue;
      }
      const local = resolveLocal(specifier, file);
      if (local) queue.push([...chain, local]);
    }
  }
  return problems;
}

const clientFiles = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")].filter(
  (file) => directive(parse(file)) === "use client",
);

describe("client bundles", () => {
  test("there are client components to check", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  test("no client component reaches zod, server-only code, the database or Node built-ins", () => {
    expect(forbiddenImportsFrom(clientFiles)).toEqual([]);
  });

  test("the check finds a schema imported through a plain module", () => {
    // The cart once reached zod this way: cart-lines → lib/orders/totals → lib/orders/shipping (with a schema).
    expect(forbiddenImportsFrom(["lib/checkout/form.ts"]).some((chain) => chain.endsWith("→ zod"))).toBe(true);
  });
});
