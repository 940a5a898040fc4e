// A production start with a missing or wrong setting stops before serving anything,
// with one line naming the setting and exit code 1.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function startSiteServer(env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: "3999",
    DATABASE_URL: "postgresql://site@127.0.0.1:1/cwac",
  };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/site-server.ts", "start"], {
    cwd: ROOT,
    env: childEnv,
    encoding: "utf8",
    timeout: 20_000,
  });
}

const SECRET = "a-production-secret-of-at-least-32-chars";

describe("the site's server in production", () => {
  it.each([
    [
      "without NEXTAUTH_SECRET",
      { NEXTAUTH_SECRET: undefined, SMTP_URL: "smtp://mail.example.org" },
      "NEXTAUTH_SECRET",
    ],
    ["without SMTP", { NEXTAUTH_SECRET: SECRET, SMTP_URL: undefined, MAIL_OUTBOX: undefined }, "SMTP_URL"],
    [
      "behind a proxy without SITE_URL",
      { NEXTAUTH_SECRET: SECRET, SMTP_URL: "smtp://mail.example.org", TRUST_PROXY: "1", SITE_URL: undefined },
      "SITE_URL",
    ],
    [
      "with a TRUST_PROXY it cannot read",
      { NEXTAUTH_SECRET: SECRET, MAIL_OUTBOX: "1", TRUST_PROXY: "everyone" },
      "TRUST_PROXY",
    ],
  ])("stops %s, in one line naming it, before serving", (_case, env, setting) => {
    const run = startSiteServer(env);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("Site ready");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^The site cannot start: .*${setting}`));
  });
});
