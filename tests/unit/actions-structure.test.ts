// Every server action is built with the one action builder and declares its access level. Found from the
// code, not from a list: any file with a "use server" directive, anywhere in the app, is read with the
// TypeScript parser; an export written by hand (or an inline "use server" function) fails this test.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const ACCESS_LEVELS = ["public", "customer", "admin", "adminBeforeSecondFactor"];
const BUILDER_MODULE = "@/lib/actions/define";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

const parse = (file: string) =>
  ts.createSourceFile(file, fs.readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);

const hasUseServer = (statements: ts.NodeArray<ts.Statement>) =>
  statements.some(
    (s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server",
  );

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Problems of one "use server" module: each export must be `export const x = defineAction({ access: "…" })`. */
function problemsOfActionModule(source: ts.SourceFile): string[] {
  const problems: string[] = [];
  const importsBuilder = source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      s.moduleSpecifier.text === BUILDER_MODULE &&
      s.importClause?.namedBindings &&
      ts.isNamedImports(s.importClause.namedBindings) &&
      s.importClause.namedBindings.elements.some((e) => e.name.text === "defineAction"),
  );
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) continue;
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      if (!(ts.isExportDeclaration(statement) && statement.isTypeOnly)) problems.push("re-export or default export");
      continue;
    }
    if (!isExported(statement)) continue;
    if (!ts.isVariableStatement(statement)) {
      problems.push(`export written by hand: ${statement.getText(source).split("\n")[0]}`);
      continue;
    }
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(source);
      const call = declaration.initializer;
      if (!call || !ts.isCallExpression(call) || call.expression.getText(source) !== "defineAction") {
        problems.push(`${name}: not built with defineAction`);
        continue;
      }
      const spec = call.arguments[0];
      const access =
        spec && ts.isObjectLiteralExpression(spec)
          ? spec.properties.find((p) => p.name?.getText(source) === "access")
          : undefined;
      const level =
        access && ts.isPropertyAssignment(access) && ts.isStringLiteral(access.initializer)
          ? access.initializer.text
          : undefined;
      if (!level || !ACCESS_LEVELS.includes(level)) problems.push(`${name}: no literal access level`);
    }
  }
  if (!importsBuilder && problems.length === 0 && source.statements.some(isExported)) {
    problems.push(`defineAction is not imported from ${BUILDER_MODULE}`);
  }
  return problems;
}

/** "use server" inside a function body: an inline server action that would bypass the builder. */
function inlineServerFunctions(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && node.parent && ts.isFunctionLike(node.parent) && hasUseServer(node.statements)) {
      found.push(`inline "use server" at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = ["app", "components", "lib"].flatMap(sourceFiles).filter((f) => !f.startsWith("lib/generated"));
const actionModules = files.filter((file) => hasUseServer(parse(file).statements));

describe("server actions", () => {
  test("there are action modules to check, and every app/**/actions.ts is one", () => {
    const actionFiles = files.filter((file) => file.startsWith("app/") && path.basename(file) === "actions.ts");
    expect(actionFiles.length).toBeGreaterThan(10);
    expect(actionFiles.filter((file) => !actionModules.includes(file))).toEqual([]);
  });

  test.each(actionModules)("%s: every export is built with defineAction and declares its access", (file) => {
    expect(problemsOfActionModule(parse(file))).toEqual([]);
  });

  test("no inline server function anywhere in app/, components/ or lib/", () => {
    const found = files.flatMap((file) => inlineServerFunctions(parse(file)).map((problem) => `${file}: ${problem}`));
    expect(found).toEqual([]);
  });

  test("the check itself catches a hand-written action, a missing access level and a non-literal one", () => {
    const check = (code: string) =>
      problemsOfActionModule(ts.createSourceFile("x.ts", code, ts.ScriptTarget.Latest, true));
    const header = `"use server";\nimport { defineAction } from "${BUILDER_MODULE}";\n`;
    expect(check(`${header}export async function save(form: FormData) {}`)).toHaveLength(1);
    expect(check(`${header}export const save = defineAction({ schema, handler });`)).toEqual([
      "save: no literal access level",
    ]);
    expect(check(`${header}const level = "admin";\nexport const save = defineAction({ access: level });`)).toHaveLength(
      1,
    );
    expect(check(`${header}export const save = wrap(async () => {});`)).toEqual(["save: not built with defineAction"]);
    expect(check(`"use server";\nexport const save = defineAction({ access: "public" });`)).toHaveLength(1);
    expect(
      check(`${header}export type State = {};\nexport const save = defineAction({ access: "customer" });`),
    ).toEqual([]);
  });
});
