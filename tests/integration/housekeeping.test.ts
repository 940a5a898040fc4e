// No table grows without bound: what can never matter again is deleted on a schedule,
// by the job runner on PostgreSQL.
import { describe, expect, it, vi } from "vitest";
import { runHousekeeping, KEEP } from "@/lib/jobs/housekeeping";
import { JOBS, startJobRunner } from "@/lib/jobs/runner";
import { createUser } from "../factories";
import { testPrisma } from "../support/db";

const db = testPrisma();
const DAY = 24 * 60 * 60 * 1000;

/** One row of each kind that can go, and one that must stay; returns the ids kept. */
async function rowsOldAndNew(now: Date) {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const user = await createUser(db, { password: null });
  await db.rateLimit.createMany({
    data: [
      { key: "signin:address:old", windowStart: ago(KEEP.rateLimitsMs + 60_000), count: 9 },
      { key: "signin:address:new", windowStart: ago(60_000), count: 1 },
    ],
  });
  await db.oneTimeToken.createMany({
    data: [
      {
        tokenHash: `expired-${user.id}`,
        purpose: "PASSWORD_RESET",
        userId: user.id,
        expiresAt: ago(KEEP.tokensMs + DAY),
      },
      {
        tokenHash: `used-${user.id}`,
        purpose: "INVITATION",
        userId: user.id,
        expiresAt: ago(-DAY),
        usedAt: ago(KEEP.tokensMs + DAY),
      },
      { tokenHash: `live-${user.id}`, purpose: "INVITATION", userId: user.id, expiresAt: ago(-DAY) },
    ],
  });
  await db.userSession.createMany({
    data: [
      { id: `ended-${user.id}`, userId: user.id, expiresAt: ago(-DAY), endedAt: ago(KEEP.sessionsMs + DAY) },
      { id: `expired-${user.id}`, userId: user.id, expiresAt: ago(KEEP.sessionsMs + DAY) },
      { id: `live-${user.id}`, userId: user.id, expiresAt: ago(-60_000) },
    ],
  });
  await db.outboxEmail.createMany({
    data: [
      { to: user.email, subject: "old", text: "…", createdAt: ago(KEEP.outboxMs + DAY) },
      { to: user.email, subject: "new", text: "…", createdAt: ago(DAY) },
    ],
  });
  return user;
}

async function remaining(userId: string, email: string) {
  return {
    rateLimits: (await db.rateLimit.findMany({ where: { key: { startsWith: "signin:address:" } } })).map(
      (r) => r.key,
    ),
    tokens: (await db.oneTimeToken.findMany({ where: { userId } })).map((t) => t.tokenHash.split("-")[0]),
    sessions: (await db.userSession.findMany({ where: { userId } })).map((s) => s.id.split("-")[0]),
    outbox: (await db.outboxEmail.findMany({ where: { to: email } })).map((e) => e.subject),
  };
}

describe("housekeeping", () => {
  it("deletes old rate-limit windows, dead links, ended sessions and old outbox emails, and keeps the rest", async () => {
    const now = new Date();
    const user = await rowsOldAndNew(now);
    const report = await runHousekeeping(now);
    expect(report).toMatchObject({ rateLimits: 1, tokens: 2, sessions: 2, outbox: 1 });
    expect(await remaining(user.id, user.email)).toEqual({
      rateLimits: ["signin:address:new"],
      tokens: ["live"],
      sessions: ["live"],
      outbox: ["new"],
    });
    expect(await runHousekeeping(now)).toEqual({
      rateLimits: 0,
      tokens: 0,
      sessions: 0,
      outbox: 0,
      proposals: 0,
    });
  });

  it("runs from the job runner: scheduled every hour, and done by a worker when due", async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    await db.rateLimit.deleteMany();
    const user = await rowsOldAndNew(new Date());
    const boss = await startJobRunner(process.env.DATABASE_URL);
    try {
      const schedules = await boss.getSchedules();
      expect(schedules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: JOBS.housekeeping.queue, cron: "17 * * * *" }),
        ]),
      );
      await boss.send(JOBS.housekeeping.queue, {});
      await expect
        .poll(async () => (await remaining(user.id, user.email)).outbox, { timeout: 20_000, interval: 250 })
        .toEqual(["new"]);
      expect((await remaining(user.id, user.email)).tokens).toEqual(["live"]);
      expect((await remaining(user.id, user.email)).rateLimits).toEqual(["signin:address:new"]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      vi.restoreAllMocks();
    }
  });
});
