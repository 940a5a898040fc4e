// How event times read on the site: always in the venue's zone, with the zone named.
import { format } from "date-fns";
import { es } from "date-fns/locale/es";
import { TZDate } from "@date-fns/tz";
import { localDateKey } from "./local";
import { zoneAbbreviation, zoneLabel, zoneLabelEs } from "./zones";

export { localDateKey };

function inZone(date: Date, zone: string): TZDate {
  return new TZDate(date.getTime(), zone);
}

/** "Wednesday, December 2, 2026" */
export function formatLongDate(date: Date, zone: string): string {
  return format(inZone(date, zone), "EEEE, MMMM d, yyyy");
}

/** "Wed, Dec 2" */
export function formatShortDate(date: Date, zone: string): string {
  return format(inZone(date, zone), "EEE, MMM d");
}

/** "8:00 AM" */
export function formatTime(date: Date, zone: string): string {
  return format(inZone(date, zone), "h:mm a");
}

/** "8:00 AM" for a wall-clock time typed or stored as "08:00" (a series' start, a form's field). */
export function formatClockTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return format(new Date(2000, 0, 1, hours, minutes), "h:mm a");
}

/** "Nov 28, 2026, 2:05:09 PM UTC": when a record was written (audit log, outbox). */
export function formatUtcMoment(date: Date): string {
  return `${format(inZone(date, "UTC"), "MMM d, yyyy, h:mm:ss a")} UTC`;
}

/** "Wed, Dec 2, 6:06 AM PST": when something happened, for a comment or a queue row. */
export function formatMoment(date: Date, zone: string): string {
  return `${format(inZone(date, zone), "EEE, MMM d, h:mm a")} ${zoneAbbreviation(zone, date)}`;
}

/** "8:00 – 9:30 AM Pacific Time (PST)"; both ends shown when they fall on other days. */
export function formatTimeRange(startsAt: Date, endsAt: Date, zone: string): string {
  const start = inZone(startsAt, zone);
  const end = inZone(endsAt, zone);
  const label = zoneLabel(zone, startsAt);
  if (localDateKey(startsAt, zone) !== localDateKey(endsAt, zone)) {
    return `${format(start, "h:mm a")} – ${format(end, "EEE, MMM d, h:mm a")} ${label}`;
  }
  const samePeriod = format(start, "a") === format(end, "a");
  const startText = format(start, samePeriod ? "h:mm" : "h:mm a");
  return `${startText} – ${format(end, "h:mm a")} ${label}`;
}

/** "miércoles, 2 de diciembre de 2026" */
export function formatLongDateEs(date: Date, zone: string): string {
  return format(inZone(date, zone), "EEEE, d 'de' MMMM 'de' yyyy", { locale: es });
}

/** "8:00 – 9:30 a.m. hora del Pacífico (PST)"; both ends shown when they fall on other days. */
export function formatTimeRangeEs(startsAt: Date, endsAt: Date, zone: string): string {
  const start = inZone(startsAt, zone);
  const end = inZone(endsAt, zone);
  const label = zoneLabelEs(zone, startsAt);
  const time = (date: TZDate, pattern = "h:mm aaaa") => format(date, pattern, { locale: es });
  if (localDateKey(startsAt, zone) !== localDateKey(endsAt, zone)) {
    return `${time(start)} – ${time(end, "EEE d 'de' MMM, h:mm aaaa")} ${label}`;
  }
  const samePeriod = format(start, "a") === format(end, "a");
  return `${samePeriod ? time(start, "h:mm") : time(start)} – ${time(end)} ${label}`;
}

/** A machine-readable instant with the zone's offset, for <time dateTime>. */
export function isoWithOffset(date: Date, zone: string): string {
  return format(inZone(date, zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}
