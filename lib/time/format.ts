// How event times read on the site: always in the venue's zone, with the zone named, in
// the reader's language ("Wednesday, December 2, 2026", "miércoles, 2 de diciembre de 2026").
import { format as formatWith } from "date-fns";
import { es } from "date-fns/locale/es";
import { TZDate } from "@date-fns/tz";
import { localDateKey } from "./local";
import { zoneAbbreviation, zoneLabel } from "./zones";

export { localDateKey };

export type DateLocale = "en" | "es";

/** date-fns patterns by language: Spanish puts the day first and writes "a.m."/"p.m." (date-fns's Spanish). */
const PATTERNS = {
  en: {
    long: "EEEE, MMMM d, yyyy",
    short: "EEE, MMM d",
    time: "h:mm a",
    bareTime: "h:mm",
    otherDay: "EEE, MMM d, h:mm a",
    moment: "EEE, MMM d, h:mm a",
    utcMoment: "MMM d, yyyy, h:mm:ss a",
  },
  es: {
    long: "EEEE, d 'de' MMMM 'de' yyyy",
    short: "EEE d 'de' MMM",
    time: "h:mm aaaa",
    bareTime: "h:mm",
    otherDay: "EEE d 'de' MMM, h:mm aaaa",
    moment: "EEE d 'de' MMM, h:mm aaaa",
    utcMoment: "d 'de' MMM 'de' yyyy, h:mm:ss aaaa",
  },
} satisfies Record<DateLocale, Record<string, string>>;

function format(date: Date, pattern: string, locale: DateLocale): string {
  return formatWith(date, pattern, locale === "es" ? { locale: es } : undefined);
}

function inZone(date: Date, zone: string): TZDate {
  return new TZDate(date.getTime(), zone);
}

/** "Wednesday, December 2, 2026" · "miércoles, 2 de diciembre de 2026" */
export function formatLongDate(date: Date, zone: string, locale: DateLocale = "en"): string {
  return format(inZone(date, zone), PATTERNS[locale].long, locale);
}

/** "Wed, Dec 2" · "mié 2 de dic" */
export function formatShortDate(date: Date, zone: string, locale: DateLocale = "en"): string {
  return format(inZone(date, zone), PATTERNS[locale].short, locale);
}

/** "8:00 AM" · "8:00 a.m." */
export function formatTime(date: Date, zone: string, locale: DateLocale = "en"): string {
  return format(inZone(date, zone), PATTERNS[locale].time, locale);
}

/** "8:00 AM" for a wall-clock time typed or stored as "08:00" (a series' start, a form's field). */
export function formatClockTime(time: string, locale: DateLocale = "en"): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return format(new Date(2000, 0, 1, hours, minutes), PATTERNS[locale].time, locale);
}

/** "Nov 28, 2026, 2:05:09 PM UTC" · "28 de nov de 2026, 2:05:09 p.m. UTC": when a record was written (audit log, outbox). */
export function formatUtcMoment(date: Date, locale: DateLocale = "en"): string {
  return `${format(inZone(date, "UTC"), PATTERNS[locale].utcMoment, locale)} UTC`;
}

/** "Wed, Dec 2, 6:06 AM PST": when something happened, for a comment or a queue row. */
export function formatMoment(date: Date, zone: string, locale: DateLocale = "en"): string {
  return `${format(inZone(date, zone), PATTERNS[locale].moment, locale)} ${zoneAbbreviation(zone, date)}`;
}

/** "8:00 – 9:30 AM Pacific Time (PST)"; both ends shown when they fall on other days. */
export function formatTimeRange(
  startsAt: Date,
  endsAt: Date,
  zone: string,
  locale: DateLocale = "en",
): string {
  const start = inZone(startsAt, zone);
  const end = inZone(endsAt, zone);
  const patterns = PATTERNS[locale];
  const label = zoneLabel(zone, startsAt, locale);
  if (localDateKey(startsAt, zone) !== localDateKey(endsAt, zone)) {
    return `${format(start, patterns.time, locale)} – ${format(end, patterns.otherDay, locale)} ${label}`;
  }
  const samePeriod = format(start, "a", "en") === format(end, "a", "en");
  const startText = format(start, samePeriod ? patterns.bareTime : patterns.time, locale);
  return `${startText} – ${format(end, patterns.time, locale)} ${label}`;
}

/** A machine-readable instant with the zone's offset, for <time dateTime>. */
export function isoWithOffset(date: Date, zone: string): string {
  return format(inZone(date, zone), "yyyy-MM-dd'T'HH:mm:ssXXX", "en");
}
