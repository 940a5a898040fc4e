import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };

async function envWith(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const { env } = await import("@/lib/env");
  return () => env();
}

afterEach(() => {
  for (const key of [
    "NODE_ENV",
    "NEXT_PHASE",
    "NEXTAUTH_SECRET",
    "SMTP_URL",
    "MAIL_OUTBOX",
    "TRUST_PROXY",
    "SITE_URL",
  ]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

const production = { NODE_ENV: "production", NEXT_PHASE: undefined };
const secret = { NEXTAUTH_SECRET: "a-production-secret-of-at-least-32-chars" };

describe("a production server refuses to start unsafe", () => {
  it("without SMTP, since invitation and reset links would sit readable in the database", async () => {
    const env = await envWith({ ...production, ...secret, SMTP_URL: undefined, MAIL_OUTBOX: undefined });
    expect(env).toThrow(/SMTP_URL: required in production/);
  });

  it("without a session secret", async () => {
    const env = await envWith({
      ...production,
      NEXTAUTH_SECRET: undefined,
      SMTP_URL: "smtp://mail.example.org:587",
    });
    expect(env).toThrow(/NEXTAUTH_SECRET: required in production/);
  });

  it("starts with SMTP and a secret, or with the outbox chosen on purpose (the embedded demo)", async () => {
    expect(
      (await envWith({ ...production, ...secret, SMTP_URL: "smtp://mail.example.org:587" }))().SMTP_URL,
    ).toBe("smtp://mail.example.org:587");
    expect(
      (await envWith({ ...production, ...secret, SMTP_URL: undefined, MAIL_OUTBOX: "1" }))().MAIL_OUTBOX,
    ).toBe("1");
  });

  it("behind a proxy, without the address residents use", async () => {
    const env = await envWith({
      ...production,
      ...secret,
      SMTP_URL: "smtp://mail.example.org:587",
      TRUST_PROXY: "1",
      SITE_URL: undefined,
    });
    expect(env).toThrow(/SITE_URL: required behind a proxy/);
    const ok = await envWith({
      ...production,
      ...secret,
      TRUST_PROXY: "1",
      SITE_URL: "https://cwac.example.org",
    });
    expect(ok().SITE_URL).toBe("https://cwac.example.org");
  });

  it("lets `next build` run without production settings", async () => {
    const env = await envWith({
      NODE_ENV: "production",
      NEXT_PHASE: "phase-production-build",
      NEXTAUTH_SECRET: undefined,
      SMTP_URL: undefined,
    });
    expect(env().NODE_ENV).toBe("production");
  });
});
