// The search radii residents may choose, in miles. No imports: client code uses it too.
// 250 and 500 serve rural residents: from Montana the nearest event may be 400 miles off,
// and an empty search offers the radius that reaches it (lib/events/nearest.ts).
export const RADIUS_CHOICES = [5, 10, 25, 50, 100, 250, 500] as const;
export const DEFAULT_RADIUS = 25;

/** Five digits, optionally ZIP+4 ("06108-1234"), which is looked up by its first five. */
export const ZIP_PATTERN = /^\d{5}(-\d{4})?$/;
