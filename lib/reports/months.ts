// Calendar months as "YYYY-MM" keys: the report's buckets. No "server-only".

/** The month of a date, in UTC (the default period's end). */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length <= 1200; month = addMonths(month, 1))
    months.push(month);
  return months;
}

/** The language tag for numbers and month names on the report (US English or US Spanish). */
export const reportLocaleTag = (locale: "en" | "es" = "en") => (locale === "es" ? "es-US" : "en-US");

/** "Sep 2026" for axes; long: "September 2026" for tables and text. */
export function monthLabel(month: string, long = false, locale: "en" | "es" = "en"): string {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, mon - 1, 1)).toLocaleString(reportLocaleTag(locale), {
    month: long ? "long" : "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
