import { describe, expect, it } from "vitest";
import { createUser } from "../factories";
import { testPrisma } from "../support/db";
import { verifyCredentials } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";

const db = testPrisma();

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
});
