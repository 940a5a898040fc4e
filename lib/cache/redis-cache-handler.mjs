// The 'use cache' handler when REDIS_URL is set: entries in Redis, tag invalidations
// shared by every instance (pub/sub), from @trieb.work/nextjs-turbo-redis-cache.
// next.config.ts names this file; Next.js imports it at start (plain Node, not bundled).
// Entries are keyed by build, so a deploy never reads a previous build's entries.
import { readFileSync } from "node:fs";
import path from "node:path";
import { getRedisCacheComponentsHandler } from "@trieb.work/nextjs-turbo-redis-cache";

function buildId() {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  try {
    return readFileSync(path.resolve(distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return "build";
  }
}

export default getRedisCacheComponentsHandler({
  redisUrl: process.env.REDIS_URL,
  database: 0,
  keyPrefix: `cwac:${buildId()}:`,
});
