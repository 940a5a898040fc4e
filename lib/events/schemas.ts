// One schema for the event form and its actions: the page reads the limits, the action
// parses with it. Times are typed as the venue's wall clock; lib/events/times.ts
// turns them into instants (DST-correct) once the venue's zone is known.
import { z } from "zod";
import { checkbox, clockTime, dateKey, id, list, optionalText, requiredText } from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { NewVenueSchema } from "@/lib/venues/schemas";
import { EVENT_FORMATS, LANGUAGE_CODES } from "./labels";
import { DESCRIPTION_MAX, NEW_VENUE, TITLE_MAX } from "./limits";

/**
 * An event starts and ends on one local date, so it lasts less than a day (25 hours on
 * the night clocks go back). Reads bound startsAt with it, so that the (status, startsAt)
 * index finds what is still under way without walking every past event.
 */
export const LONGEST_EVENT_MS = 25 * 60 * 60 * 1000;
/** Events are announced at most this far ahead. */
export const MAX_DAYS_AHEAD = 730;

/** The messages people read, by key in the catalogs (messages/*.json, AdminEvents.errors). */
const E = "AdminEvents.errors";
const eventMissing = messageKey(`${E}.eventMissing`);

const eventFields = {
  title: requiredText(`${E}.title`, 5, TITLE_MAX),
  description: requiredText(`${E}.description`, 20, DESCRIPTION_MAX),
  titleEs: optionalText(`${E}.titleEs`, TITLE_MAX),
  descriptionEs: optionalText(`${E}.descriptionEs`, DESCRIPTION_MAX),
  format: z.enum(EVENT_FORMATS, { error: messageKey(`${E}.format`) }),
  date: dateKey,
  startTime: clockTime(`${E}.startTime`),
  endTime: clockTime(`${E}.endTime`),
  venueId: id(messageKey(`${E}.venue`)),
  coHostIds: list(z.string().trim().min(1)),
  languages: list(z.enum(LANGUAGE_CODES)).pipe(
    z.array(z.enum(LANGUAGE_CODES)).min(1, messageKey(`${E}.languages`)),
  ),
  noHost: checkbox,
  accessibilityNotes: optionalText(`${E}.accessibilityNotes`, 1000),
  /** Which button was pressed: status never comes from the form otherwise. */
  intent: z.enum(["draft", "publish"]).default("draft"),
};

// Typed as unknown here (an existing venue leaves them empty), parsed by NewVenueSchema
// only when the venue chosen is "new".
const venueFieldsAsTyped = Object.fromEntries(
  Object.keys(NewVenueSchema.shape).map((key) => [key, z.unknown().optional()]),
) as Record<keyof typeof NewVenueSchema.shape, z.ZodOptional<z.ZodUnknown>>;

const EventBase = z.object({ ...eventFields, ...venueFieldsAsTyped });
type EventBaseOutput = z.output<typeof EventBase>;

function checkTimesAndVenue(values: EventBaseOutput, ctx: z.RefinementCtx) {
  if (values.endTime <= values.startTime) {
    ctx.addIssue({
      code: "custom",
      path: ["endTime"],
      message: messageKey(`${E}.endBeforeStart`),
    });
  }
  if (values.venueId !== NEW_VENUE) return;
  const venue = NewVenueSchema.safeParse(values);
  if (!venue.success) {
    for (const issue of venue.error.issues)
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
}

function splitVenue<T extends EventBaseOutput>(values: T) {
  const venueKeys = Object.keys(NewVenueSchema.shape);
  const event = Object.fromEntries(Object.entries(values).filter(([key]) => !venueKeys.includes(key)));
  const newVenue = values.venueId === NEW_VENUE ? NewVenueSchema.parse(values) : null;
  return { ...(event as Omit<T, keyof typeof venueFieldsAsTyped>), newVenue };
}

export const CreateEventSchema = EventBase.extend({
  leadDepartmentId: id(messageKey(`${E}.leadDepartment`)),
})
  .superRefine(checkTimesAndVenue)
  .transform(splitVenue);

export const UpdateEventSchema = EventBase.extend({ eventId: id(eventMissing) })
  .superRefine(checkTimesAndVenue)
  .transform(splitVenue);

export type CreateEventInput = z.output<typeof CreateEventSchema>;
export type UpdateEventInput = z.output<typeof UpdateEventSchema>;
export type EventFieldsInput = CreateEventInput | UpdateEventInput;

export const EventIdSchema = z.object({ eventId: id(eventMissing) });

export const CancelEventSchema = z.object({
  eventId: id(eventMissing),
  reason: requiredText(`${E}.reason`, 5, 300),
});

/** A co-host's answer to an invitation, sent from /admin or /admin/events. */
export const AnswerInvitationSchema = z.object({
  eventId: id(eventMissing),
  departmentId: id(messageKey(`${E}.departmentMissing`)),
  answer: z.enum(["accept", "decline"], { error: messageKey(`${E}.answer`) }),
  returnTo: z.enum(["/admin", "/admin/events"]).catch("/admin"),
});

export type AnswerInvitationInput = z.output<typeof AnswerInvitationSchema>;
