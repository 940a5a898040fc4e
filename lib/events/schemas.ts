// One schema for the event form and its actions: the page reads the limits, the action
// parses with it. Times are typed as the venue's wall clock; lib/events/times.ts
// turns them into instants (DST-correct) once the venue's zone is known.
import { z } from "zod";
import { checkbox, clockTime, dateKey, id, list, optionalText, requiredText } from "@/lib/actions/fields";
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

const eventFields = {
  title: requiredText("a title", 5, TITLE_MAX),
  description: requiredText("a description", 20, DESCRIPTION_MAX),
  titleEs: optionalText("the Spanish title", TITLE_MAX),
  descriptionEs: optionalText("the Spanish description", DESCRIPTION_MAX),
  format: z.enum(EVENT_FORMATS, { error: "Choose the kind of event." }),
  date: dateKey,
  startTime: clockTime("the start time"),
  endTime: clockTime("the end time"),
  venueId: id("Choose a venue, or choose “A new venue” and fill in its address."),
  coHostIds: list(z.string().trim().min(1)),
  languages: list(z.enum(LANGUAGE_CODES)).pipe(
    z.array(z.enum(LANGUAGE_CODES)).min(1, "Choose at least one language the officers will speak."),
  ),
  noHost: checkbox,
  accessibilityNotes: optionalText("accessibility notes", 1000),
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
      message: "The end time must be after the start time.",
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
  leadDepartmentId: id("Choose the department that hosts the event."),
})
  .superRefine(checkTimesAndVenue)
  .transform(splitVenue);

export const UpdateEventSchema = EventBase.extend({ eventId: id("The event is missing.") })
  .superRefine(checkTimesAndVenue)
  .transform(splitVenue);

export type CreateEventInput = z.output<typeof CreateEventSchema>;
export type UpdateEventInput = z.output<typeof UpdateEventSchema>;
export type EventFieldsInput = CreateEventInput | UpdateEventInput;

export const EventIdSchema = z.object({ eventId: id("The event is missing.") });

export const CancelEventSchema = z.object({
  eventId: id("The event is missing."),
  reason: requiredText("the reason residents will read", 5, 300),
});

/** A co-host's answer to an invitation, sent from /admin or /admin/events. */
export const AnswerInvitationSchema = z.object({
  eventId: id("The event is missing."),
  departmentId: id("The department is missing."),
  answer: z.enum(["accept", "decline"], { error: "Choose accept or decline." }),
  returnTo: z.enum(["/admin", "/admin/events"]).catch("/admin"),
});

export type AnswerInvitationInput = z.output<typeof AnswerInvitationSchema>;
