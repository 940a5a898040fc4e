// next.config.ts's cacheHandler (the incremental cache of whole pages) with REDIS_URL:
// see redis-cache-handler.mjs.
export { PageCache as default } from "./redis-cache-handler.mjs";
