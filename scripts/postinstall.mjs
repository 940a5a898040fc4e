// Generates the Prisma client after every install. The CLI would try to download a
// native query engine when DATABASE_URL is missing, so a placeholder is set here.
import { execFileSync } from "node:child_process";
import process from "node:process";

execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/placeholder",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
