// The back office checks the admin itself, page by page and query by query, instead of trusting the layout
// (a layout does not guard a page's data: Next renders them in parallel). Found from the code, not from a
// list: every page, layout and route handler under the admin areas must await requireAdmin() before any
// other await, and every data function of lib/admin/ that takes `db` must assert its viewer first.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { assertAdmin } from "@/lib/admin/access";
import { readAdminDashboard } from "@/lib/admin/dashboard";
import type { Db } from "@/lib/db/client";

const root = path.resolve(import.meta.dirname, "../..");
/** Areas only an admin may see: the back office, its API, and the outbox viewer (it shows reset links). */
const ADMIN_AREAS = ["app/[locale]/admin", "app/[locale]/dev", "app/api/admin"];
const ENTRY_FILES = /^(page|layout|template|default|route)\.tsx?$/;
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const ADMIN_DATA_DIR = "lib/admin";

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs.readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(relative, keep);
    return keep(entry.name) ? [relative] : [];
  });
}

const parse = (name: string, code: string) => ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true);
const read = (file: string) => parse(file, fs.readFileSync(path.join(root, file), "utf8"));

const modifiers = (node: ts.Node) => (ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : []);
const isExported = (node: ts.Node) => modifiers(node).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const isDefault = (node: ts.Node) => modifiers(node).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

type ExportedFunction = { name: string; node: ts.FunctionLikeDeclaration };

/** Exported functions, written as declarations or as `export const x = async () => …`. */
function exportedFunctions(source: ts.SourceFile): ExportedFunction[] {
  const found: ExportedFunction[] = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement)) {
      found.push({ name: isDefault(statement) ? "default" : (statement.name?.text ?? "?"), node: statement });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
          found.push({ name: declaration.name.getText(source), node: init });
        }
      }
    }
  }
  return found;
}

/** The first `await` of a function body, in source order (nested functions excluded). */
function firstAwait(node: ts.FunctionLikeDeclaration): ts.AwaitExpression | undefined {
  let found: ts.AwaitExpression | undefined;
  const visit = (child: ts.Node) => {
    if (found || (ts.isFunctionLike(child) && child !== node)) return;
    if (ts.isAwaitExpression(child)) {
      found = child;
      return;
    }
    ts.forEachChild(child, visit);
  };
  if (node.body) ts.forEachChild(node.body, visit);
  return found;
}

const callsNamed = (expression: ts.Expression, name: string) =>
  ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === name;

const mentionsDb = (node: ts.Node): boolean =>
  (ts.isIdentifier(node) && node.text === "db") || (ts.forEachChild(node, mentionsDb) ?? false);

/** Problems of a page, layout or route handler of an admin area. */
function problemsOfEntry(source: ts.SourceFile): string[] {
  const problems: string[] = [];
  const route = /route\.tsx?$/.test(source.fileName);
  for (const { name, node } of exportedFunctions(source)) {
    // The rendered page or handler always; any other export (generateMetadata…) once it reads data.
    const guarded = route ? HTTP_METHODS.has(name) : name === "default";
    if (!guarded && !mentionsDb(node)) continue;
    const first = firstAwait(node);
    if (!first || !callsNamed(first.expression, "requireAdmin")) {
      problems.push(`${name}: does not await requireAdmin() before anything else`);
    }
  }
  return problems;
}

/** Problems of a lib/admin data module: each exported function taking `db` asserts its viewer first. */
function problemsOfDataModule(source: ts.SourceFile): string[] {
  const problems: string[] = [];
  for (const { name, node } of exportedFunctions(source)) {
    if (!node.parameters.some((p) => p.name.getText(source) === "db")) continue;
    const [first] = node.body && ts.isBlock(node.body) ? node.body.statements : [];
    const asserts = first && ts.isExpressionStatement(first) && callsNamed(first.expression, "assertAdmin");
    if (!asserts) problems.push(`${name}: does not call assertAdmin(viewer) first`);
  }
  return problems;
}

const entries = ADMIN_AREAS.flatMap((area) => filesUnder(area, (name) => ENTRY_FILES.test(name)));
const dataModules = filesUnder(ADMIN_DATA_DIR, (name) => /\.tsx?$/.test(name) && name !== "access.ts");

describe("P12: the back office checks the admin on every page and in every data function", () => {
  test("there are admin pages and admin data functions to check", () => {
    expect(entries).toContain(path.join("app/[locale]/admin", "page.tsx"));
    expect(entries).toContain(path.join("app/[locale]/dev/outbox", "page.tsx"));
    expect(dataModules.length).toBeGreaterThan(0);
  });

  test.each(entries)("%s awaits requireAdmin() before anything else", (file) => {
    expect(problemsOfEntry(read(file))).toEqual([]);
  });

  test.each(dataModules)("%s: every data function asserts an admin viewer first", (file) => {
    expect(problemsOfDataModule(read(file))).toEqual([]);
  });

  test("the checks themselves catch a page that trusts its layout and a data function that trusts its page", () => {
    const page = (body: string) => problemsOfEntry(parse("app/[locale]/admin/x/page.tsx", body));
    expect(page(`export default async function P() { const n = await count(db); }`)).toHaveLength(1);
    expect(page(`export default async function P() { const n = await count(db); await requireAdmin(); }`)).toHaveLength(
      1,
    );
    expect(page(`export default async function P() { await requireAdmin(); return count(db); }`)).toEqual([]);
    expect(page(`export default async function P() { const me = await requireAdmin(); }`)).toEqual([]);
    expect(page(`export async function generateMetadata() { return { title: await t("x") }; }`)).toEqual([]);
    expect(page(`export async function generateMetadata() { return { title: await name(db) }; }`)).toHaveLength(1);
    const route = (body: string) => problemsOfEntry(parse("app/api/admin/x/route.ts", body));
    expect(route(`export const GET = async () => Response.json(await count(db));`)).toHaveLength(1);
    expect(route(`export async function POST() { await requireAdmin(); }`)).toEqual([]);

    const data = (body: string) => problemsOfDataModule(parse("lib/admin/x.ts", body));
    expect(data(`export async function read(db: Db, viewer: Viewer) { return db.user.count(); }`)).toHaveLength(1);
    expect(data(`export async function read(db: Db, viewer: Viewer) { assertAdmin(viewer); return 1; }`)).toEqual([]);
    expect(data(`export function label(value: string) { return value; }`)).toEqual([]);
  });

  test("P12: a data function refuses a customer or nobody before it reads anything", async () => {
    // A database that fails on any use: the refusal must come first.
    const untouchable = new Proxy({}, { get: () => expect.unreachable("the database was read") }) as Db;
    for (const viewer of [null, { role: "customer" as const }]) {
      expect(() => assertAdmin(viewer)).toThrow(expect.objectContaining({ code: "forbidden" }));
      await expect(readAdminDashboard(untouchable, viewer, new Date())).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});
