// Dates typed as "YYYY-MM-DD". The shape alone lets through "2026-02-31" and
// "2026-13-01", which PostgreSQL refuses with an error: check the calendar too.

export const DATE_KEY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a "YYYY-MM-DD" that names a real day (leap years included), year 1 to 9999. */
export function isCalendarDate(key: string): boolean {
  if (!DATE_KEY_SHAPE.test(key)) return false;
  const [year = 0, month = 0, day = 0] = key.split("-").map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years below 100.
  const lastDay = new Date(Date.UTC(2000, 0, 1));
  lastDay.setUTCFullYear(year, month, 0);
  return day <= lastDay.getUTCDate();
}
