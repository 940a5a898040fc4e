// The series form: a rule people can read ("first Wednesday of every month",
// "first Wednesday of October every year", "every Wednesday"), turned into an RRULE.
import { z } from "zod";
import { checkbox, clockTime, dateKey, id, list, optionalText, requiredText } from "@/lib/actions/fields";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/events/limits";
import { EVENT_FORMATS, LANGUAGE_CODES } from "@/lib/events/labels";
import { ORDINALS, PATTERNS, WEEKDAYS } from "./labels";

const seriesFields = {
  title: requiredText("a title", 5, TITLE_MAX),
  description: requiredText("a description", 20, DESCRIPTION_MAX),
  format: z.enum(EVENT_FORMATS, { error: "Choose the kind of event." }),
  pattern: z.enum(PATTERNS, { error: "Choose how often it repeats." }),
  ordinal: z.enum(ORDINALS, { error: "Choose which week." }),
  weekday: z.enum(WEEKDAYS, { error: "Choose the day of the week." }),
  month: z.coerce.number({ error: "Choose the month." }).int().min(1).max(12),
  startsOn: dateKey,
  startTime: clockTime("the start time"),
  endTime: clockTime("the end time"),
  venueId: id("Choose a venue."),
  /** Other departments hosting every date; the series' own department always hosts. */
  coHostIds: list(z.string().trim().min(1)),
  languages: list(z.enum(LANGUAGE_CODES)).pipe(
    z.array(z.enum(LANGUAGE_CODES)).min(1, "Choose at least one language the officers will speak."),
  ),
  noHost: checkbox,
  accessibilityNotes: optionalText("accessibility notes", 1000),
  intent: z.enum(["draft", "publish"]).default("publish"),
};

const endAfterStart = (input: { startTime: string; endTime: string }) => input.endTime > input.startTime;
const endMessage = { path: ["endTime"], message: "The end time must be after the start time." };

export const CreateSeriesSchema = z
  .object({ ...seriesFields, departmentId: id("Choose the department that hosts the series.") })
  .refine(endAfterStart, endMessage);

export const UpdateSeriesSchema = z
  .object({ ...seriesFields, seriesId: id("The series is missing.") })
  .refine(endAfterStart, endMessage);

export type SeriesInput = z.output<typeof CreateSeriesSchema> | z.output<typeof UpdateSeriesSchema>;
export type RecurrenceInput = Pick<SeriesInput, "pattern" | "ordinal" | "weekday" | "month">;
