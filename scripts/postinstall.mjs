// After every install: applies the project's patches to dependencies (patches/, see
// docs/decisions/0022), then generates the Prisma client. The Prisma CLI would try to
// download a native query engine when DATABASE_URL is missing, so a placeholder is set.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import process from "node:process";

execFileSync("npx", ["patch-package", "--error-on-fail"], { stdio: "inherit" });
// Turbopack's build cache does not notice files changed inside node_modules: a build
// after this install would reuse the unpatched code it compiled before.
for (const distDir of new Set([".next", process.env.NEXT_DIST_DIR?.trim() || ".next"])) {
  fs.rmSync(`${distDir}/cache/turbopack`, { recursive: true, force: true });
}

execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/placeholder",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
