import { afterEach, describe, expect, it, vi } from "vitest";

async function loadWithEnv(header: string | undefined) {
  vi.resetModules();
  if (header === undefined) delete process.env.TRUSTED_PROXY_HEADER;
  else process.env.TRUSTED_PROXY_HEADER = header;
  return import("@/lib/http/client-address");
}

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HEADER;
});

describe("client address", () => {
  it("ignores forwarding headers unless a trusted proxy header is configured", async () => {
    const { clientAddress } = await loadWithEnv(undefined);
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("unknown");
  });

  it("takes the entry the trusted proxy appended, not one the client sent", async () => {
    const { clientAddress } = await loadWithEnv("X-Forwarded-For");
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(headers)).toBe("203.0.113.9");
  });

  it("stores only a salted hash, the same for the same address", async () => {
    const { hashAddress } = await loadWithEnv(undefined);
    expect(hashAddress("203.0.113.9")).toMatch(/^[0-9a-f]{32}$/);
    expect(hashAddress("203.0.113.9")).toBe(hashAddress("203.0.113.9"));
    expect(hashAddress("203.0.113.9")).not.toBe(hashAddress("203.0.113.10"));
  });
});
