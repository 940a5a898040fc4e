// The search radii residents may choose, in miles. No imports: client code uses it too.
export const RADIUS_CHOICES = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 25;

/** Five digits, optionally ZIP+4 ("06108-1234"), which is looked up by its first five. */
export const ZIP_PATTERN = /^\d{5}(-\d{4})?$/;
