// The layers of the house style, as eslint.config.mjs enforces them: components never reach the database,
// app/ routes run no Prisma query (they hand `db` to lib/ functions), and no route imports another's files.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const LAYER_RULES = ["no-restricted-imports", "no-restricted-syntax"];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
});

/** The layer rules that `code` breaks, as if it were the file `file` of the repository. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages
    .filter((message) => message.severity === 2 && LAYER_RULES.includes(message.ruleId ?? ""))
    .map((message) => `${message.ruleId}:${message.line}`);
}

describe("components never reach the database", () => {
  test.each([
    `import { db } from "@/lib/db";`,
    `import type { Db } from "@/lib/db/client";`,
    `import { db } from "../../lib/db";`,
    `import type { Product } from "@/lib/generated/prisma/client";`,
    `import { Prisma } from "@prisma/client";`,
  ])("%s is refused", async (line) => {
    expect(await layerErrors("components/layout/header.tsx", `${line}\nexport const x = 1;\n`)).toEqual([
      "no-restricted-imports:1",
    ]);
  });

  test("lib/ functions and plain types are fine", async () => {
    const code = `import { getCategoryTree } from "@/lib/catalogue/categories";
import type { CategoryNode } from "@/lib/catalogue/types";
export const uses = [getCategoryTree];
export type Props = { categories: CategoryNode[] };
`;
    expect(await layerErrors("components/layout/header.tsx", code)).toEqual([]);
  });
});

describe("app/ runs no Prisma query", () => {
  const page = "app/[locale]/account/lists/page.tsx";

  test("a page passing db to a lib/ function is fine", async () => {
    const code = `import { listSavedLists } from "@/lib/accounts/saved-lists";
import { db } from "@/lib/db";
export default async function Page() {
  return listSavedLists(db, "user-id");
}
`;
    expect(await layerErrors(page, code)).toEqual([]);
  });

  test.each([
    ["a model query", `await db.user.findMany();`],
    ["a query kept for later", `const users = db.user; await users.findMany();`],
    ["a raw query", "await db.$queryRaw`SELECT 1`;"],
    ["a transaction", `await db.$transaction(async () => null);`],
  ])("%s is refused", async (_, statement) => {
    const code = `import { db } from "@/lib/db";
export default async function Page() {
  ${statement}
}
`;
    expect(await layerErrors(page, code)).toEqual(["no-restricted-syntax:3"]);
  });

  test("the client cannot be renamed past the rule", async () => {
    const code = `import { db as prisma } from "@/lib/db";
export const users = () => prisma.user.findMany();
`;
    expect(await layerErrors("app/api/health/route.ts", code)).toEqual(["no-restricted-syntax:1"]);
  });

  test.each([
    `import { PrismaClient } from "@prisma/client";`,
    `import { Prisma } from "@/lib/generated/prisma/client";`,
    `import { createDb } from "@/lib/db/client";`,
  ])("%s is refused", async (line) => {
    expect(await layerErrors(page, `${line}\nexport const x = 1;\n`)).toEqual(["no-restricted-imports:1"]);
  });
});

describe("no route imports another route's files", () => {
  test.each([
    [
      "app/[locale]/(shop)/product/[slug]/actions.ts",
      `import type { ListErrorKey } from "@/app/[locale]/account/lists/actions";`,
    ],
    ["app/[locale]/account/lists/[listId]/page.tsx", `import { manageListsAction } from "../actions";`],
    ["app/[locale]/account/page.tsx", `import { manageListsAction } from "./lists/actions";`],
  ])("%s: %s is refused", async (file, line) => {
    expect(await layerErrors(file, `${line}\nexport const x = 1;\n`)).toEqual(["no-restricted-imports:1"]);
  });

  test("a route's own files, a private folder in it and the global stylesheet are fine", async () => {
    const code = `import "../globals.css";
import { signInAction } from "./actions";
import { safeReturnTo } from "./return-to";
import { Banner } from "./_components/banner";
export const uses = [signInAction, safeReturnTo, Banner];
`;
    expect(await layerErrors("app/[locale]/(shop)/sign-in/page.tsx", code)).toEqual([]);
  });

  test("components may still import a route's server actions", async () => {
    const code = `import { signOutAction } from "@/app/[locale]/(shop)/sign-in/actions";
export const uses = [signOutAction];
`;
    expect(await layerErrors("components/account/sign-out-form.tsx", code)).toEqual([]);
  });
});
