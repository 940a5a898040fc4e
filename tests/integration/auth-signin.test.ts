import { describe, expect, it, vi } from "vitest";
import { createUser } from "../factories";
import { testPrisma } from "../support/db";
import { verifyCredentials } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { consumeSignInAttempt, forgetFailedAttempts, SIGNIN_PER_ACCOUNT } from "@/lib/auth/signin-limits";

const db = testPrisma();
const headers = new Headers();

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe("signing in with email and password", () => {
  it("accepts the right password whatever the case of the email, and carries the session version", async () => {
    const user = await createUser(db, { email: "Sam.Rivera@Example.test", password: "a-long-secret-1" });
    const verified = await verifyCredentials({
      email: " SAM.rivera@example.test ",
      password: "a-long-secret-1",
    });
    expect(verified).toEqual({
      userId: user.id,
      sessionVersion: user.sessionVersion,
      email: "sam.rivera@example.test",
      name: user.name,
    });
  });

  it("answers the same for an unknown email, a wrong password and a deactivated account", async () => {
    const active = await createUser(db, { password: "right-password-1" });
    const deactivated = await createUser(db, { password: "right-password-1", deactivatedAt: new Date() });
    const invited = await createUser(db, { password: null });
    const attempts = [
      { email: "nobody@example.test", password: "right-password-1" },
      { email: active.email, password: "wrong-password-1" },
      { email: deactivated.email, password: "right-password-1" },
      { email: invited.email, password: "" },
    ];
    // The quickest of five argon2id verifications on their own; each attempt must cost at
    // least a third of it. A skipped verification (a DB lookup alone) costs far less.
    const oneVerification = [];
    for (let i = 0; i < 5; i++) {
      oneVerification.push((await timed(() => verifyPassword("right-password-1", active.passwordHash!))).ms);
    }
    const floor = Math.min(...oneVerification) / 3;
    for (const attempt of attempts) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await timed(() => verifyCredentials(attempt)));
      expect(runs.map((r) => r.result)).toEqual([null, null, null]);
      // Unknown emails are verified against a dummy hash: none of the four is the quick one.
      const median = runs.map((r) => r.ms).sort((a, b) => a - b)[1]!;
      expect(median, attempt.email).toBeGreaterThan(floor);
    }
  });

  it("limits attempts per account, while other accounts can still sign in", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const results = [];
    for (let i = 0; i <= SIGNIN_PER_ACCOUNT.limit; i++) {
      results.push(await consumeSignInAttempt("target@example.test", headers));
    }
    expect(results.slice(0, SIGNIN_PER_ACCOUNT.limit).every((r) => r.allowed)).toBe(true);
    expect(results.at(-1)).toMatchObject({ allowed: false });
    expect((await consumeSignInAttempt("someone.else@example.test", headers)).allowed).toBe(true);
    expect(warn).toHaveBeenCalledWith("[auth] sign-in rate limited", { account: true, address: false });
    warn.mockRestore();
  });

  it("limits attempts per client address across accounts, while other addresses can still sign in", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.resetModules();
    process.env.TRUSTED_PROXY_HEADER = "x-forwarded-for";
    try {
      const limits = await import("@/lib/auth/signin-limits");
      const from = (address: string) => new Headers({ "x-forwarded-for": address });
      for (let i = 0; i < limits.SIGNIN_PER_ADDRESS.limit; i++) {
        expect(
          (await limits.consumeSignInAttempt(`guess${i}@example.test`, from("203.0.113.7"))).allowed,
        ).toBe(true);
      }
      expect(await limits.consumeSignInAttempt("one.more@example.test", from("203.0.113.7"))).toMatchObject({
        allowed: false,
      });
      expect(warn).toHaveBeenCalledWith("[auth] sign-in rate limited", { account: false, address: true });
      expect((await limits.consumeSignInAttempt("one.more@example.test", from("198.51.100.4"))).allowed).toBe(
        true,
      );
    } finally {
      delete process.env.TRUSTED_PROXY_HEADER;
      vi.resetModules();
      vi.restoreAllMocks();
    }
  });

  it("counts an account by its email in any case, and forgets failures after a success", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (let i = 0; i < SIGNIN_PER_ACCOUNT.limit; i++)
      await consumeSignInAttempt("Casey@example.test", headers);
    expect((await consumeSignInAttempt("casey@EXAMPLE.test", headers)).allowed).toBe(false);
    await forgetFailedAttempts("casey@example.test");
    expect((await consumeSignInAttempt("casey@example.test", headers)).allowed).toBe(true);
    vi.restoreAllMocks();
  });
});
