import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Patterns are regular expressions on the import path, so that `@/lib/db` and `../../lib/db` are both caught.
const PRISMA_IMPORTS = [
  {
    regex: "^@prisma/|(^|/)lib/generated(/|$)",
    message: "Prisma is lib/'s business: call a lib/ function instead.",
  },
];

// Components never touch the database, not even to pass the client on.
const COMPONENT_DATABASE_IMPORTS = [
  ...PRISMA_IMPORTS,
  {
    regex: "(^|/)lib/db(/|$)",
    message: "Components get plain data as props: the page or layout reads it through lib/.",
  },
];

// A route may import the shop's one client (`db` from @/lib/db) to hand it to lib/ functions; not the
// client's constructor and model types (@/lib/db/client), with which it could build or type queries itself.
const ROUTE_DATABASE_IMPORTS = [
  ...PRISMA_IMPORTS,
  {
    regex: "(^|/)lib/db/client$",
    message: "Take the shop's client from @/lib/db and hand it to lib/ functions.",
  },
];

// A file in app/ imports from its own folder (`./return-to`, `./actions`) or from a private `_folder` in it;
// not from another route (`@/app/...`, `../`, `./child-route/`). The global stylesheet is the exception.
const OTHER_ROUTE_IMPORTS = [
  {
    regex: "^@/app/",
    message: "Do not import from app/: move what two routes share into lib/ or components/.",
  },
  {
    regex: "^\\.\\./(?!.*\\.css$)",
    message: "Do not import from a parent route's folder: move what two routes share into lib/ or components/.",
  },
  {
    regex: "^\\./(?!_)[^/]+/",
    message: "Do not import from a child route's folder: move what two routes share into lib/ or components/.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "test-results-*/**",
    ".data/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    // The reference app of `npm run lighthouse`: its build output and generated types.
    "tests/perf/reference/.next/**",
    "tests/perf/reference/next-env.d.ts",
  ]),
  {
    rules: {
      // External links must not leak the shop's page to the target (P22).
      "react/jsx-no-target-blank": ["error", { allowReferrer: false }],
    },
  },
  // Layers (house style): components render, app/ routes wire, lib/ holds the rules and the queries.
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: COMPONENT_DATABASE_IMPORTS }],
    },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...ROUTE_DATABASE_IMPORTS, ...OTHER_ROUTE_IMPORTS] }],
      // No Prisma query in app/: `db` is only passed on (`listSavedLists(db, user.id)`), never used as an
      // object. Any member access on `db` is a query (`db.user.findMany()`, `db.order.count()`) or a client
      // call (`db.$queryRaw`, `db.$transaction`), so all of them are refused; the import must keep the name
      // `db` so that the rule sees every use.
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.type='Identifier'][object.name='db']",
          message: "No Prisma queries in app/: put the query in a lib/ function taking `db`, and call that.",
        },
        {
          selector:
            "ImportDeclaration[source.value='@/lib/db'] > ImportSpecifier[imported.name='db'][local.name!='db']",
          message: "Import the client as `db`: the no-queries-in-app/ rule recognises it by that name.",
        },
        {
          selector: "ImportDeclaration[source.value='@/lib/db'] > ImportNamespaceSpecifier",
          message: 'Import the client as `import { db } from "@/lib/db"`.',
        },
      ],
    },
  },
]);
