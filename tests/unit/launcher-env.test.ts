import { describe, expect, it } from "vitest";
import { authEnv } from "../../scripts/launcher/auth-env";
import type { LaunchConfig } from "../../scripts/launcher/config";

const config = (port: number): LaunchConfig => ({
  mode: "start",
  port,
  databaseUrl: "postgresql://site@db.example.org:5432/cwac",
  dataDir: "/nonexistent/postgres",
  seedDemoData: false,
  distDir: ".next",
  projectRoot: "/nonexistent",
});

describe("the launcher's site address", () => {
  it("defaults to the port it serves on, so emailed and feed links work on another port", () => {
    expect(authEnv(config(3001), {})).toMatchObject({
      NEXTAUTH_URL: "http://localhost:3001",
      SITE_URL: "http://localhost:3001",
    });
  });

  it("follows NEXTAUTH_URL, and never overrides an address that was set", () => {
    expect(authEnv(config(3001), { NEXTAUTH_URL: "https://cwac.example.org" })).toEqual({
      SITE_URL: "https://cwac.example.org",
    });
    expect(
      authEnv(config(3001), {
        NEXTAUTH_URL: "https://cwac.example.org",
        SITE_URL: "https://www.example.org",
      }),
    ).toEqual({});
  });
});

describe("the launcher's demo settings", () => {
  it("keeps emails in the outbox only for the embedded demo database", () => {
    expect(
      authEnv({ ...config(3000), databaseUrl: undefined, dataDir: "/tmp/cwac-env-test/postgres" }, {}),
    ).toMatchObject({
      MAIL_OUTBOX: "1",
    });
    expect(authEnv(config(3000), {})).not.toHaveProperty("MAIL_OUTBOX");
    expect(
      authEnv(
        { ...config(3000), databaseUrl: undefined, dataDir: "/tmp/cwac-env-test/postgres" },
        { SMTP_URL: "smtp://x" },
      ),
    ).not.toHaveProperty("MAIL_OUTBOX");
  });
});
