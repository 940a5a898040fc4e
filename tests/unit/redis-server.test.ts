import { describe, expect, it } from "vitest";
import { answersPing, startRedisServer } from "../support/redis-server";

describe("the throwaway redis-server for multi-instance tests", () => {
  it("answers on its own port until it is stopped", async () => {
    const redis = await startRedisServer();
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    expect(await answersPing(redis.port)).toBe(true);
    await redis.stop();
    expect(await answersPing(redis.port)).toBe(false);
  });

  it("says how to install redis-server when it is missing", async () => {
    const saved = process.env.REDIS_SERVER_PATH;
    process.env.REDIS_SERVER_PATH = "/nonexistent/redis-server";
    try {
      await expect(startRedisServer()).rejects.toThrow("scripts/ensure-redis.sh");
    } finally {
      if (saved === undefined) delete process.env.REDIS_SERVER_PATH;
      else process.env.REDIS_SERVER_PATH = saved;
    }
  });
});
