// Starting values for the series form: a new series, or the stored one.
import "server-only";
import { localDateKey, localTimeOfDay } from "@/lib/time/local";
import type { SeriesForEditing } from "./queries";
import { fromRRule } from "./recurrence";

export type SeriesDefaults = {
  seriesId?: string;
  departmentId: string;
  title: string;
  description: string;
  format: string;
  pattern: string;
  ordinal: string;
  weekday: string;
  month: string;
  startsOn: string;
  startTime: string;
  endTime: string;
  venueId: string;
  coHostIds: string[];
  languages: string[];
  noHost: boolean;
  accessibilityNotes: string;
};

export function newSeriesDefaults(departmentId: string, now = new Date()): SeriesDefaults {
  return {
    departmentId,
    title: "",
    description: "",
    format: "COFFEE_WITH_A_COP",
    pattern: "monthly",
    ordinal: "1",
    weekday: "WE",
    month: "10",
    startsOn: localDateKey(now, "America/New_York"),
    startTime: "08:00",
    endTime: "09:30",
    venueId: "",
    coHostIds: [],
    languages: ["en"],
    noHost: false,
    accessibilityNotes: "",
  };
}

/** The stored rule, and the shared fields as the next occurrence shows them. */
export function storedSeriesDefaults(
  { series, occurrences }: SeriesForEditing,
  now = new Date(),
): SeriesDefaults {
  const sample = occurrences.find((e) => e.startsAt > now && !e.editedByHand) ?? occurrences.at(-1);
  const rule = fromRRule(series.rrule);
  return {
    seriesId: series.id,
    departmentId: series.departmentId,
    title: series.title,
    description: sample?.description ?? "",
    format: sample?.format ?? "COFFEE_WITH_A_COP",
    pattern: rule.pattern,
    ordinal: rule.ordinal,
    weekday: rule.weekday,
    month: String(rule.month),
    startsOn: localDateKey(now, series.timeZone),
    startTime: series.startTime,
    endTime: sample ? localTimeOfDay(sample.endsAt, series.timeZone) : series.startTime,
    venueId: series.venueId,
    coHostIds: (sample?.hosts ?? []).map((h) => h.department.id).filter((id) => id !== series.departmentId),
    languages: sample?.languages ?? ["en"],
    noHost: sample?.noHost ?? false,
    accessibilityNotes: sample?.accessibilityNotes ?? "",
  };
}
