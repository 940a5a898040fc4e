// How long public data may be served from the cache (seconds), by kind. Writes drop what
// they change at once through the domains' cache.ts; these lifetimes only bound how
// long time-dependent answers (an "upcoming" list, "under way") can lag the clock.
// `expire` is at least 300 s: Next.js prerenders nothing cached for less.
export const CACHE_LIFE = {
  /** Lists that roll over as events end: home, searches, feeds, department and venue lists. */
  listings: { stale: 30, revalidate: 60, expire: 600 },
  /** One event, department or venue, and the directory: change only when written. */
  profiles: { stale: 60, revalidate: 900, expire: 86_400 },
} satisfies Record<string, { stale: number; revalidate: number; expire: number }>;

/**
 * What a CDN or browser may keep of a public page: shared caches briefly, browsers always
 * ask again (so residents see a change on reload), stale copies while a fresh one loads.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=300";
