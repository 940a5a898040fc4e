// The shared cache when REDIS_URL is set (decision 0016), from
// @trieb.work/nextjs-turbo-redis-cache: Next.js imports this file at start (plain Node,
// not bundled), as named by next.config.ts.
// - default export: the 'use cache' handler (cached reads, their tags);
// - PageCache: the incremental cache (whole pages kept after their first render).
// Tag invalidations reach every instance through Redis (pub/sub). Entries are keyed by
// build, so a deploy never reads a previous build's entries.
import { readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import CachedHandler, { getRedisCacheComponentsHandler } from "@trieb.work/nextjs-turbo-redis-cache";

function buildId() {
  try {
    return readFileSync(path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "build";
  }
}

const shared = { redisUrl: process.env.REDIS_URL, database: 0 };

export class PageCache extends CachedHandler {
  constructor(context) {
    super({ ...context, ...shared, keyPrefix: `cwac:${buildId()}:pages:` });
  }
}

export default getRedisCacheComponentsHandler({ ...shared, keyPrefix: `cwac:${buildId()}:data:` });
