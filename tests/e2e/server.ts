// Playwright's web server: builds the current code, then runs the launcher on a
// freshly seeded embedded PostgreSQL of its own. Refuses any non-local database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
// A data folder and build folder per port, so that several suites can run side by side.
const PORT = process.env.PORT ?? "3210";
const DATA_DIR = path.join(ROOT, `.data/e2e-postgres-${PORT}`);
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next";
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR,
  NEXT_DIST_DIR: DIST_DIR,
};
delete env.DATABASE_URL;
if (process.env.E2E_DATABASE_URL) {
  const host = new URL(process.env.E2E_DATABASE_URL).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    console.error(`E2E_DATABASE_URL points at ${host}; end-to-end tests only run against a local database.`);
    process.exit(1);
  }
  env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  env.DEMO_DATA = "1";
}

fs.rmSync(DATA_DIR, { recursive: true, force: true });
// A fresh build every run, made by the launcher once the database is seeded: the build
// prerenders the home page and the directory from it (docs/decisions/0016).
fs.rmSync(path.join(ROOT, DIST_DIR, "BUILD_ID"), { force: true });

const launcher = spawn(bin("tsx"), ["scripts/launch.ts", "start"], { cwd: ROOT, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => launcher.kill(signal));
}
launcher.on("exit", (code) => process.exit(code ?? 0));
