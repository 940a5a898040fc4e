import { describe, expect, it } from "vitest";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit";

const rule = { name: "test:posts", limit: 3, windowSeconds: 600 };
const now = new Date("2026-11-21T12:03:00Z");

describe("rate limits kept in PostgreSQL", () => {
  it("allow up to the limit in a window, then refuse with the seconds until it ends", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(rule, "subject-a", now));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBe(420);
  });

  it("count concurrent attempts exactly, and keep subjects apart", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () => consumeRateLimit(rule, "subject-b", now)),
    );
    expect(attempts.filter((r) => r.allowed)).toHaveLength(3);
    expect((await consumeRateLimit(rule, "subject-c", now)).allowed).toBe(true);
  });

  it("start afresh in the next window or after a reset", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit(rule, "subject-d", now);
    const nextWindow = new Date(now.getTime() + 10 * 60_000);
    expect((await consumeRateLimit(rule, "subject-d", nextWindow)).allowed).toBe(true);
    await resetRateLimit(rule, "subject-d");
    expect((await consumeRateLimit(rule, "subject-d", now)).allowed).toBe(true);
  });
});
