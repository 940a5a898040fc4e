// Names for the time zones events happen in. date-fns prints "GMT-6" for `zzz`, and
// ICU data varies between runtimes, so US zones are named here.
import { tzOffset } from "@date-fns/tz";

type ZoneNames = { generic: string; standard: string; daylight?: string };

/** The US zones' names in Spanish, for the bilingual flyer ("hora del Pacífico (PDT)"). */
const SPANISH_GENERIC: Record<string, string> = {
  "Eastern Time": "hora del Este",
  "Central Time": "hora del Centro",
  "Mountain Time": "hora de la Montaña",
  "Arizona Time": "hora de Arizona",
  "Pacific Time": "hora del Pacífico",
  "Alaska Time": "hora de Alaska",
  "Hawaii Time": "hora de Hawái",
  "Atlantic Time": "hora del Atlántico",
};

const US_ZONES: Record<string, ZoneNames> = {
  "America/New_York": { generic: "Eastern Time", standard: "EST", daylight: "EDT" },
  "America/Detroit": { generic: "Eastern Time", standard: "EST", daylight: "EDT" },
  "America/Indiana/Indianapolis": { generic: "Eastern Time", standard: "EST", daylight: "EDT" },
  "America/Chicago": { generic: "Central Time", standard: "CST", daylight: "CDT" },
  "America/Denver": { generic: "Mountain Time", standard: "MST", daylight: "MDT" },
  "America/Boise": { generic: "Mountain Time", standard: "MST", daylight: "MDT" },
  "America/Phoenix": { generic: "Arizona Time", standard: "MST" },
  "America/Los_Angeles": { generic: "Pacific Time", standard: "PST", daylight: "PDT" },
  "America/Anchorage": { generic: "Alaska Time", standard: "AKST", daylight: "AKDT" },
  "Pacific/Honolulu": { generic: "Hawaii Time", standard: "HST" },
  "America/Puerto_Rico": { generic: "Atlantic Time", standard: "AST" },
};

export const SUPPORTED_TIME_ZONES = Object.keys(US_ZONES);

/** True when daylight saving time is in effect in the zone at that instant. */
export function isDaylightTime(zone: string, at: Date): boolean {
  const year = at.getUTCFullYear();
  const january = tzOffset(zone, new Date(Date.UTC(year, 0, 1)));
  const july = tzOffset(zone, new Date(Date.UTC(year, 6, 1)));
  return january !== july && tzOffset(zone, at) === Math.max(january, july);
}

/** "Pacific Time (PDT)", or "hora del Pacífico (PDT)": the zone's name and its abbreviation at that instant. */
export function zoneLabel(zone: string, at: Date, locale: "en" | "es" = "en"): string {
  const names = US_ZONES[zone];
  if (locale === "es") {
    const generic = names && SPANISH_GENERIC[names.generic];
    return generic ? `${generic} (${zoneAbbreviation(zone, at)})` : zoneAbbreviation(zone, at);
  }
  if (!names) return intlZoneName(zone, at);
  return `${names.generic} (${zoneAbbreviation(zone, at)})`;
}

/** "PDT": the zone's abbreviation at that instant (other zones: their short name, e.g. "GMT+1"). */
export function zoneAbbreviation(zone: string, at: Date): string {
  const names = US_ZONES[zone];
  if (!names) return intlZoneName(zone, at, "short");
  return isDaylightTime(zone, at) && names.daylight ? names.daylight : names.standard;
}

function intlZoneName(zone: string, at: Date, style: "long" | "short" = "long"): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}
