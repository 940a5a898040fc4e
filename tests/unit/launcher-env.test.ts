import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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
      authEnv(
        {
          ...config(3000),
          databaseUrl: undefined,
          dataDir: path.join(os.tmpdir(), "cwac-env-test", "postgres"),
        },
        {},
      ),
    ).toMatchObject({
      MAIL_OUTBOX: "1",
    });
    expect(authEnv(config(3000), {})).not.toHaveProperty("MAIL_OUTBOX");
    expect(
      authEnv(
        {
          ...config(3000),
          databaseUrl: undefined,
          dataDir: path.join(os.tmpdir(), "cwac-env-test", "postgres"),
        },
        { SMTP_URL: "smtp://x" },
      ),
    ).not.toHaveProperty("MAIL_OUTBOX");
  });
});

describe("the launcher's session secret for the embedded database", () => {
  it("lives inside the data folder, so two data folders never share one", () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "cwac-secret-"));
    try {
      const embedded = (dataDir: string) => ({ ...config(3000), databaseUrl: undefined, dataDir });
      const first = authEnv(embedded(path.join(parent, "a")), {}).NEXTAUTH_SECRET;
      const second = authEnv(embedded(path.join(parent, "b")), {}).NEXTAUTH_SECRET;
      expect(first).toMatch(/^[\w-]{40,}$/);
      expect(second).not.toBe(first);
      expect(fs.readFileSync(path.join(parent, "a", "cwac-nextauth-secret"), "utf8")).toBe(first);
      expect(fs.readdirSync(parent).sort()).toEqual(["a", "b"]);
      expect(authEnv(embedded(path.join(parent, "a")), {}).NEXTAUTH_SECRET).toBe(first);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
