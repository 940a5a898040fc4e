// The proposal form's and the staff answers' schemas, with the messages people see next
// to each field. No "server-only": the form reads its limits beside them.
import { z } from "zod";
import { hasNoControlCharacters, requiredText, trimmedText, usState } from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { HONEYPOT_FIELD } from "@/lib/comments/limits";
import { RowId } from "@/lib/comments/schemas";
import { CreateEventSchema } from "@/lib/events/schemas";
import { LOCALES } from "@/lib/i18n/paths";
import { DATE_KEY_SHAPE, isCalendarDate } from "@/lib/time/date-key";
import { DATE_FIELDS, MAX_DAYS_AHEAD, NEW_PLACE, PROPOSAL_LIMITS as L } from "./limits";

const E = "Proposals.errors";
const DAY_MS = 24 * 60 * 60 * 1000;
const dayKey = (date: Date) => date.toISOString().slice(0, 10);

const plainText = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine(hasNoControlCharacters, messageKey("Forms.controlCharacter"));

/** A suggested date: a real day, from tomorrow to a year ahead ("" for an unused field). */
const suggestedDate = trimmedText.superRefine((value, ctx) => {
  if (value === "") return;
  if (!DATE_KEY_SHAPE.test(value))
    return void ctx.addIssue({ code: "custom", message: messageKey("Forms.dateShape") });
  if (!isCalendarDate(value)) {
    return void ctx.addIssue({
      code: "custom",
      message: messageKey("Search.errors.notACalendarDate", { typed: value }),
    });
  }
  const now = Date.now();
  if (value <= dayKey(new Date(now))) ctx.addIssue({ code: "custom", message: messageKey(`${E}.datePast`) });
  else if (value > dayKey(new Date(now + MAX_DAYS_AHEAD * DAY_MS)))
    ctx.addIssue({ code: "custom", message: messageKey(`${E}.dateTooFar`) });
});

/** A new place typed by the proposer: the same names as the event form's new venue. */
const NewPlaceSchema = z.object({
  venueName: requiredText(`${E}.venueName`, 2, 120),
  streetAddress: requiredText(`${E}.streetAddress`, 3, 200),
  city: requiredText(`${E}.city`, 2, 80),
  state: usState,
  postalCode: z
    .string({ error: messageKey(`${E}.postalCode`) })
    .trim()
    .regex(/^\d{5}$/, messageKey(`${E}.postalCode`)),
});

export type NewPlace = z.output<typeof NewPlaceSchema>;

const placeFieldsAsTyped = Object.fromEntries(
  Object.keys(NewPlaceSchema.shape).map((key) => [key, z.unknown().optional()]),
) as Record<keyof typeof NewPlaceSchema.shape, z.ZodOptional<z.ZodUnknown>>;

const ProposalFields = z.object({
  departmentId: trimmedText.pipe(
    z
      .string()
      .min(1, messageKey(`${E}.department`))
      .max(40),
  ),
  venueId: trimmedText.pipe(
    z
      .string()
      .min(1, messageKey(`${E}.venue`))
      .max(40),
  ),
  ...placeFieldsAsTyped,
  date1: suggestedDate.refine((value) => value !== "", messageKey(`${E}.dateMissing`)),
  date2: suggestedDate,
  date3: suggestedDate,
  note: trimmedText.pipe(
    plainText(
      z
        .string()
        .min(1, messageKey(`${E}.noteMissing`))
        .min(L.note.min, messageKey(`${E}.noteTooShort`, { min: L.note.min }))
        .max(L.note.max, messageKey(`${E}.noteTooLong`, { max: String(L.note.max) })),
    ),
  ),
  proposerName: trimmedText.pipe(
    plainText(
      z.string().max(L.proposerName.max, messageKey(`${E}.nameTooLong`, { max: L.proposerName.max })),
    ),
  ),
  email: trimmedText.pipe(
    z.union([
      z.literal(""),
      z.email(messageKey(`${E}.emailIncomplete`)).max(L.email.max, messageKey(`${E}.emailTooLong`)),
    ]),
  ),
  locale: z.enum(LOCALES).catch("en"),
  idempotencyKey: z
    .string()
    .regex(/^[\w-]{16,100}$/)
    .catch(() => crypto.randomUUID()),
  timeTrap: z.string().catch(""),
  [HONEYPOT_FIELD]: z.string().catch(""),
});

export const ProposeEventSchema = ProposalFields.superRefine((values, ctx) => {
  if (values.venueId === NEW_PLACE) {
    const place = NewPlaceSchema.safeParse(values);
    for (const issue of place.success ? [] : place.error.issues)
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
  const seen = new Set<string>();
  for (const name of DATE_FIELDS) {
    const value = values[name];
    if (value && seen.has(value))
      ctx.addIssue({ code: "custom", path: [name], message: messageKey(`${E}.dateRepeated`) });
    seen.add(value);
  }
}).transform(({ venueName: _n, streetAddress: _s, city: _c, state: _st, postalCode: _p, ...values }) => {
  const newPlace =
    values.venueId === NEW_PLACE
      ? NewPlaceSchema.parse({ venueName: _n, streetAddress: _s, city: _c, state: _st, postalCode: _p })
      : null;
  return {
    ...values,
    venueId: newPlace ? null : values.venueId,
    newPlace,
    suggestedDates: DATE_FIELDS.map((name) => values[name]).filter(Boolean),
    email: values.email || null,
    proposerName: values.proposerName || null,
  };
});

export type ProposeEventForm = z.output<typeof ProposeEventSchema>;

export const DeclineProposalSchema = z.object({
  proposalId: RowId,
  reason: requiredText(`AdminProposals.errors.reason`, L.declineReason.min, L.declineReason.max),
});

export type DeclineProposalInput = z.output<typeof DeclineProposalSchema>;

/** Accepting: the event form, prefilled from the proposal, with the proposal's id. */
export const AcceptProposalSchema = z.object({ proposalId: RowId }).and(CreateEventSchema);

export type AcceptProposalInput = z.output<typeof AcceptProposalSchema>;
