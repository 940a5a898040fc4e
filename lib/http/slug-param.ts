// A slug taken from a URL, checked before it reaches a query. Every slug the site makes
// (events, venues, departments) is lowercase ASCII words joined by hyphens, so anything
// else, a NUL byte or a stray encoding included, cannot name a page: a 404, never a 500.
import { z } from "zod";

export const SLUG_MAX = 200;

export const SlugParam = z
  .string()
  .max(SLUG_MAX)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The slug when it is one, else null (the caller answers 404). */
export function parseSlugParam(value: unknown): string | null {
  const parsed = SlugParam.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A path segment no slug can match: the one path of each [slug] route built ahead (see its page). */
export const BUILD_PLACEHOLDER_SLUG = "-";
