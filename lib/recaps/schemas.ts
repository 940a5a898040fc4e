// The recap and follow-up forms' schemas, with the messages staff see next to each field.
import { z } from "zod";
import {
  CONTROL_CHARACTER_MESSAGE,
  hasNoControlCharacters,
  id,
  list,
  optionalText,
  requiredText,
  trimmedText,
} from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { FOLLOW_UP_STATES } from "./labels";
import { RECAP_LIMITS as L } from "./limits";

const readable = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine(hasNoControlCharacters, CONTROL_CHARACTER_MESSAGE);

/** Comment ids ticked in the list of the event's questions. */
const questionIds = list(
  z.string().trim().min(1).max(40, messageKey("AdminRecaps.error.questionUnknown")),
).pipe(
  z
    .array(z.string())
    .max(L.questions, messageKey("AdminRecaps.error.tooManyQuestions", { max: L.questions })),
);

const ATTENDANCE_MESSAGE = messageKey("AdminRecaps.error.attendance");

export const SaveRecapSchema = z.object({
  eventId: id(messageKey("AdminRecaps.error.eventUnknown")),
  attendance: trimmedText
    .pipe(z.string().regex(/^\d{1,6}$/, ATTENDANCE_MESSAGE))
    .transform(Number)
    .pipe(
      z.number().max(
        L.attendance.max,
        messageKey("AdminRecaps.error.attendanceTooHigh", {
          // "100,000" in both languages: US Spanish groups digits with commas too.
          max: L.attendance.max.toLocaleString("en-US"),
        }),
      ),
    ),
  summary: readable(requiredText("AdminRecaps.error.summary", L.summary.min, L.summary.max)),
});

export type SaveRecapInput = z.output<typeof SaveRecapSchema>;

export const AddFollowUpSchema = z.object({
  eventId: id(messageKey("AdminRecaps.error.eventUnknown")),
  title: readable(
    requiredText("AdminRecaps.error.followUpTitle", L.followUpTitle.min, L.followUpTitle.max),
  ),
  note: z
    .preprocess((v) => v ?? "", optionalText("AdminRecaps.error.followUpNote", L.note.max))
    .refine((v) => v === undefined || hasNoControlCharacters(v), CONTROL_CHARACTER_MESSAGE),
  questionIds,
});

export type AddFollowUpInput = z.output<typeof AddFollowUpSchema>;

export const UpdateFollowUpSchema = z.object({
  followUpId: id(messageKey("AdminRecaps.error.followUpUnknown")),
  state: z.enum(FOLLOW_UP_STATES, { error: messageKey("AdminRecaps.error.stateMissing") }),
  note: readable(requiredText("AdminRecaps.error.updateNote", L.note.min, L.note.max)),
  questionIds,
});

export type UpdateFollowUpInput = z.output<typeof UpdateFollowUpSchema>;
