import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import { readdirSync } from "node:fs";
import { URL } from "node:url";

// The floor plan's boundaries (docs/architecture.md), kept by no-restricted-imports.
const PRISMA = [
  {
    group: ["@prisma/*", "pg", "@/lib/generated/*", "@/lib/db/*"],
    message: "Pages and components read through a domain's queries.ts, never Prisma or lib/db.",
  },
];
const NO_UI = { regex: "^@/(components|app)/", message: "lib/ never imports components/ or app/." };
const libFolders = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "generated")
  .map((entry) => entry.name);
/** Inside lib/<folder>: another folder's sub-folders are its internals. */
const libBoundaries = libFolders.map((folder) => ({
  files: [`lib/${folder}/**`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          NO_UI,
          {
            regex: `^@/lib/(?!${folder}/|generated/)[^/]+/[^/]+/`,
            message:
              "Use another domain through its top-level files (its public surface), not its sub-folders.",
          },
          { regex: "^\\.\\./\\.\\./", message: "Import another lib folder as @/lib/<folder>/<file>." },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      ".next*/**",
      "lib/generated/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/only-throw-error": "off",
      // Next.js and Prisma APIs ask for async functions that may not await.
      "@typescript-eslint/require-await": "off",
    },
  },
  { files: ["**/*.mjs", "**/*.js"], ...tseslint.configs.disableTypeChecked },
  { files: ["app/**", "components/**"], rules: { "no-restricted-imports": ["error", { patterns: PRISMA }] } },
  { files: ["lib/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [NO_UI] }] } },
  // cacheComponents refuses route segment config at build time; say so at lint time.
  {
    files: ["app/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=/^(dynamic|revalidate|fetchCache)$/]",
          message:
            "Not with cacheComponents: read the request (or `export const instant = false`), or use 'use cache' with cacheLife (docs/decisions/0016).",
        },
      ],
    },
  },
  ...libBoundaries,
);
