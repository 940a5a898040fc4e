// Dates for filling in event forms, shared by the integration and end-to-end tests.
import { localDateKey } from "../../lib/time/local";

/** A date key ("yyyy-MM-dd") some days ahead, on the calendar of the zone. */
export function daysAhead(days: number, zone = "America/New_York"): string {
  return localDateKey(new Date(Date.now() + days * 86_400_000), zone);
}
