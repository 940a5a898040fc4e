import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_NEXTAUTH_SECRET } from "./tests/e2e/fixtures/server-env";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./tests/support/chromium";

// The site under test runs on its own embedded PostgreSQL, freshly seeded, in
// .data/e2e-postgres, on a port of its own (see tests/e2e/server.ts).
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;

const executablePath = fs.existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/e2e-${PORT}`,
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: "list",
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: ["**/*.mobile.spec.ts", "**/operations/**"],
    },
    {
      name: "no-javascript",
      use: { ...devices["Desktop Chrome"], javaScriptEnabled: false },
      testMatch: "**/*.nojs.spec.ts",
      testIgnore: "**/operations/**",
    },
    // Faults the site must survive (PostgreSQL stalled or killed, shutdown under load), two
    // instances sharing a cache, a burst of posts: run last and one file at a time, since
    // they take the database (or the whole machine) away from everyone.
    {
      name: "operations",
      testMatch: "**/operations/*.spec.ts",
      dependencies: ["chromium", "no-javascript"],
      workers: 1,
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx tests/e2e/server.ts",
    url: `${baseURL}/departments`,
    timeout: 240_000,
    // E2E_REUSE=1 runs against a site already listening on E2E_PORT (for iterating on one spec).
    reuseExistingServer: process.env.E2E_REUSE === "1",
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    // next-auth redirects to NEXTAUTH_URL: the address the browser uses, so cookies match.
    // Tests send requests "through a proxy on loopback": each from its own address in x-forwarded-for.
    env: {
      PORT: String(PORT),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET,
      TRUST_PROXY: "loopback",
      COMMENT_LIMIT_PER_EVENT: "1000",
      // Shorter than the default 5, to prove the bound is a setting (operations spec).
      DATABASE_TIMEOUT_SECONDS: "4",
    },
  },
});
