// National Coffee with a Cop Day: the first Wednesday of October, highlighted on the
// home page in the weeks before it.
import { localDateKey } from "@/lib/time/local";

/** How long before the day the home page starts highlighting it. */
export const HIGHLIGHT_DAYS_BEFORE = 42;
const DAY_MS = 86_400_000;
const ZONE = "America/New_York";

/** "2027-10-06": the first Wednesday of October of `year`. */
export function nationalDayKey(year: number): string {
  const firstOfOctober = new Date(Date.UTC(year, 9, 1)).getUTCDay();
  const day = 1 + ((3 - firstOfOctober + 7) % 7);
  return `${year}-10-0${day}`;
}

/** The next (or today's) National Day, and whether it falls within the highlight window. */
export function nextNationalDay(now: Date): { dateKey: string; highlight: boolean } {
  const today = localDateKey(now, ZONE);
  const year = Number(today.slice(0, 4));
  const dateKey = nationalDayKey(year) >= today ? nationalDayKey(year) : nationalDayKey(year + 1);
  const daysAway = (Date.parse(`${dateKey}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
  return { dateKey, highlight: daysAway <= HIGHLIGHT_DAYS_BEFORE };
}
