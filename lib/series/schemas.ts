// The series form: a rule people can read ("first Wednesday of every month",
// "first Wednesday of October every year", "every Wednesday"), turned into an RRULE.
import { z } from "zod";
import { checkbox, clockTime, dateKey, id, list, optionalText, requiredText } from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/events/limits";
import { EVENT_FORMATS, LANGUAGE_CODES } from "@/lib/events/labels";
import { ORDINALS, PATTERNS, WEEKDAYS } from "./labels";

/** The messages people read, by key in the catalogs: the event form's where they match. */
const E = "AdminEvents.errors";
const S = "AdminSeries.errors";

const seriesFields = {
  title: requiredText(`${E}.title`, 5, TITLE_MAX),
  description: requiredText(`${E}.description`, 20, DESCRIPTION_MAX),
  format: z.enum(EVENT_FORMATS, { error: messageKey(`${E}.format`) }),
  pattern: z.enum(PATTERNS, { error: messageKey(`${S}.pattern`) }),
  ordinal: z.enum(ORDINALS, { error: messageKey(`${S}.ordinal`) }),
  weekday: z.enum(WEEKDAYS, { error: messageKey(`${S}.weekday`) }),
  month: z.coerce
    .number({ error: messageKey(`${S}.month`) })
    .int()
    .min(1)
    .max(12),
  startsOn: dateKey,
  startTime: clockTime(`${E}.startTime`),
  endTime: clockTime(`${E}.endTime`),
  venueId: id(messageKey(`${S}.venue`)),
  /** Other departments hosting every date; the series' own department always hosts. */
  coHostIds: list(z.string().trim().min(1)),
  languages: list(z.enum(LANGUAGE_CODES)).pipe(
    z.array(z.enum(LANGUAGE_CODES)).min(1, messageKey(`${E}.languages`)),
  ),
  noHost: checkbox,
  accessibilityNotes: optionalText(`${E}.accessibilityNotes`, 1000),
  intent: z.enum(["draft", "publish"]).default("publish"),
};

const endAfterStart = (input: { startTime: string; endTime: string }) => input.endTime > input.startTime;
const endMessage = { path: ["endTime"], message: messageKey(`${E}.endBeforeStart`) };

export const CreateSeriesSchema = z
  .object({ ...seriesFields, departmentId: id(messageKey(`${S}.department`)) })
  .refine(endAfterStart, endMessage);

export const UpdateSeriesSchema = z
  .object({ ...seriesFields, seriesId: id(messageKey(`${S}.seriesMissing`)) })
  .refine(endAfterStart, endMessage);

export type SeriesInput = z.output<typeof CreateSeriesSchema> | z.output<typeof UpdateSeriesSchema>;
export type RecurrenceInput = Pick<SeriesInput, "pattern" | "ordinal" | "weekday" | "month">;
