// Sign-in limits slow an attacker without keeping an account's owner out, and key on
// the connection's address: a client cannot choose its own key with a header.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";
import {
  consumeSignInAttempt,
  forgetFailedAttempts,
  KNOWN_BROWSER_COOKIE,
  knownBrowserToken,
  SIGNIN_PER_ACCOUNT_AND_ADDRESS,
  SIGNIN_PER_ACCOUNT_UNKNOWN_BROWSERS,
  SIGNIN_PER_ADDRESS,
} from "@/lib/auth/signin-limits";
import { uniqueSuffix } from "../factories/unique";

/** What the site's server hands the app: the connection's address, plus what the client sent. */
function from(peer: string, extra: Record<string, string> = {}): Headers {
  return new Headers({ [PEER_ADDRESS_HEADER]: peer, ...extra });
}

async function attempts(count: number, email: (i: number) => string, headers: (i: number) => Headers) {
  const results = [];
  for (let i = 0; i < count; i++) results.push((await consumeSignInAttempt(email(i), headers(i))).allowed);
  return results;
}

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("sign-in limits", () => {
  it("five wrong passwords from one client stop that client, not the owner on another address", async () => {
    const email = `owner.${uniqueSuffix()}@example.test`;
    const limit = SIGNIN_PER_ACCOUNT_AND_ADDRESS.limit;
    const attacker = await attempts(
      limit + 1,
      () => email,
      () => from("203.0.113.66"),
    );
    expect(attacker.slice(0, limit).every(Boolean)).toBe(true);
    expect(attacker.at(-1)).toBe(false);
    expect((await consumeSignInAttempt(email, from("198.51.100.20"))).allowed).toBe(true);
  });

  it("many random emails from one anonymous client do not lock anyone else out", async () => {
    const flood = await attempts(
      SIGNIN_PER_ADDRESS.limit + 1,
      (i) => `random${i}.${uniqueSuffix()}@example.test`,
      () => from("203.0.113.70"),
    );
    expect(flood.at(-1)).toBe(false);
    expect((await consumeSignInAttempt("admin@example.test", from("198.51.100.21"))).allowed).toBe(true);
  });

  it("a header the client sends does not change its key when no proxy is trusted", async () => {
    const spoofed = await attempts(
      SIGNIN_PER_ADDRESS.limit + 1,
      (i) => `spoof${i}.${uniqueSuffix()}@example.test`,
      (i) => from("203.0.113.71", { "x-forwarded-for": `10.9.${i % 250}.${i}`, "x-real-ip": `10.8.0.${i}` }),
    );
    expect(spoofed.at(-1)).toBe(false);
  });

  it("many clients together are stopped at one account, but not its owner's browser that signed in before", async () => {
    const email = `target.${uniqueSuffix()}@example.test`;
    const limit = SIGNIN_PER_ACCOUNT_UNKNOWN_BROWSERS.limit;
    const botnet = await attempts(
      limit + 1,
      () => email,
      (i) => from(`192.0.2.${i + 1}`),
    );
    expect(botnet.at(-1)).toBe(false);
    expect((await consumeSignInAttempt(email, from("198.51.100.22"))).allowed).toBe(false);
    const owner = from("198.51.100.23", { cookie: `${KNOWN_BROWSER_COOKIE}=${knownBrowserToken(email)}` });
    expect((await consumeSignInAttempt(email, owner)).allowed).toBe(true);
    const forged = from("198.51.100.24", {
      cookie: `${KNOWN_BROWSER_COOKIE}=${knownBrowserToken("other@example.test")}`,
    });
    expect((await consumeSignInAttempt(email, forged)).allowed).toBe(false);
  });

  it("counts an account by its email in any case, and a success forgets that client's failures", async () => {
    const email = `Casey.${uniqueSuffix()}@Example.test`;
    const client = from("203.0.113.72");
    await attempts(
      SIGNIN_PER_ACCOUNT_AND_ADDRESS.limit,
      () => email,
      () => client,
    );
    expect((await consumeSignInAttempt(email.toUpperCase(), client)).allowed).toBe(false);
    await forgetFailedAttempts(email.toLowerCase(), client);
    expect((await consumeSignInAttempt(email, client)).allowed).toBe(true);
  });

  it("IPv6 clients are counted by their /64, so stepping to a new address does not help", async () => {
    const email = `v6.${uniqueSuffix()}@example.test`;
    const results = await attempts(
      SIGNIN_PER_ACCOUNT_AND_ADDRESS.limit + 1,
      () => email,
      (i) => from(`2001:db8:1:2::${(i + 1).toString(16)}`),
    );
    expect(results.at(-1)).toBe(false);
    expect((await consumeSignInAttempt(email, from("2001:db8:1:3::1"))).allowed).toBe(true);
  });
});
