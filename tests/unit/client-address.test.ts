import { afterEach, describe, expect, it, vi } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

async function loadWithTrust(trustProxy: string | undefined) {
  vi.resetModules();
  if (trustProxy === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = trustProxy;
  return import("@/lib/http/client-address");
}

function request(peer: string, forwardedFor?: string): Headers {
  const headers = new Headers({ [PEER_ADDRESS_HEADER]: peer });
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

afterEach(() => {
  delete process.env.TRUST_PROXY;
  vi.restoreAllMocks();
});

describe("client address", () => {
  it("is the connection's own address by default, whatever forwarding headers the client sends", async () => {
    const { clientAddress } = await loadWithTrust(undefined);
    expect(clientAddress(request("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7");
    expect(clientAddress(request("::ffff:198.51.100.7"))).toBe("::ffff:198.51.100.7");
  });

  it("behind one trusted hop, is the address that hop reports, not one the client prepended", async () => {
    const { clientAddress } = await loadWithTrust("1");
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.2"))).toBe("10.0.0.2");
  });

  it("behind proxies trusted by address, skips them and stops at the first untrusted hop", async () => {
    const { clientAddress } = await loadWithTrust("loopback, 10.0.0.0/8");
    expect(clientAddress(request("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.1.2.3"))).toBe("203.0.113.9");
    // A connection that is not from a trusted proxy is believed about nothing.
    expect(clientAddress(request("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7");
  });

  it("says 'unknown' (and warns once) when the site runs without its own server", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { clientAddress } = await loadWithTrust(undefined);
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("unknown");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("refuses a TRUST_PROXY it cannot read, and the retired TRUSTED_PROXY_HEADER, at start", async () => {
    vi.resetModules();
    const { env } = await import("@/lib/env");
    process.env.TRUST_PROXY = "not-an-address";
    expect(() => env()).toThrow(/TRUST_PROXY must be/);
    vi.resetModules();
    delete process.env.TRUST_PROXY;
    process.env.TRUSTED_PROXY_HEADER = "x-forwarded-for";
    try {
      const fresh = await import("@/lib/env");
      expect(() => fresh.env()).toThrow(/replaced by TRUST_PROXY/);
    } finally {
      delete process.env.TRUSTED_PROXY_HEADER;
    }
  });

  it("stores only a salted hash: the same for one address, one per IPv6 /64", async () => {
    const { hashAddress } = await loadWithTrust(undefined);
    expect(hashAddress("203.0.113.9")).toMatch(/^[0-9a-f]{32}$/);
    expect(hashAddress("203.0.113.9")).toBe(hashAddress("::ffff:203.0.113.9"));
    expect(hashAddress("203.0.113.9")).not.toBe(hashAddress("203.0.113.10"));
    expect(hashAddress("2001:db8:1:2::1")).toBe(hashAddress("2001:db8:1:2:ffff::9"));
    expect(hashAddress("2001:db8:1:2::1")).not.toBe(hashAddress("2001:db8:1:3::1"));
  });
});
