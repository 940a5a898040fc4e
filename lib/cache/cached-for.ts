// Inside a 'use cache' read: how long the answer may be kept and which writes drop it.
// Outside Next.js (vitest, command-line scripts) nothing is cached: reads just run.
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_LIFE } from "./profiles";

export function cachedFor(profile: keyof typeof CACHE_LIFE, ...tags: string[]): void {
  if (!process.env.__NEXT_USE_CACHE) return;
  cacheLife(CACHE_LIFE[profile]);
  if (tags.length > 0) cacheTag(...tags);
}
