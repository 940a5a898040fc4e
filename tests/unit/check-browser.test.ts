import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function checkBrowser(env: Record<string, string>) {
  return spawnSync(process.execPath, ["scripts/check-browser.mjs"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
}

describe("npm test on a machine without a browser", () => {
  it("stops before any test with one line saying how to install one", () => {
    const run = checkBrowser({
      CHROMIUM_PATH: "/nonexistent/chromium",
      PLAYWRIGHT_BROWSERS_PATH: "/nonexistent",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("apt-get install -y chromium");
    expect(run.stderr).toContain("npx playwright install chromium");
  });

  it("goes on quietly when Debian's Chromium is there", () => {
    const run = checkBrowser({ CHROMIUM_PATH: process.execPath });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });
});
