// The names alone, free of the catalogs and zod: Playwright's loader reads this file too
// (tests/e2e/bad-input-helpers.ts), and cannot import JSON catalogs without an attribute.
/** The query parameters a search reads, on /events, the feeds, the calendars and the API. */
export const SEARCH_PARAM_NAMES = [
  "zip",
  "lat",
  "lng",
  "radius",
  "when",
  "from",
  "to",
  "department",
  "format",
  "language",
  "q",
  "page",
] as const;
