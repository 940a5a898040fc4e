// Reusable zod fields for HTML forms, with the messages people read next to the field.
// FormData gives strings ("" for empty inputs, nothing for unchecked boxes), so these
// normalise before validating. No "server-only": forms read limits from the schemas.
import { z } from "zod";
import { DATE_KEY_SHAPE, isCalendarDate, notACalendarDateMessage } from "@/lib/time/date-key";
import { US_STATE_NAMES } from "@/lib/geo/us-states";

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export function requiredText(label: string, min: number, max: number) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .min(min, `Use at least ${min} characters for ${label}.`)
    .max(max, `Use at most ${max} characters for ${label}.`);
}

/**
 * Text trimmed, a missing field read as "": the base for a form that pipes it into its
 * own checks and messages (an empty name is then "Please enter a name…", not "missing").
 */
export const trimmedText = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? "");

/** Trimmed text or undefined when empty, for fields whose only rule is a maximum. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    emptyToUndefined,
    z.string().trim().max(max, `Use at most ${max} characters for ${label}.`).optional(),
  );
}

/** A checkbox: present means checked. */
export const checkbox = z.preprocess(
  (value) => value === "on" || value === "true" || value === true,
  z.boolean(),
);

/** Repeated fields (checkbox groups, multi-selects) as a list, empty when none. */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value): unknown[] =>
      value === undefined || value === "" ? [] : Array.isArray(value) ? (value as unknown[]) : [value],
    z.array(item),
  );
}

function boundedNumber(label: string, min: number, max: number) {
  return z.coerce
    .number({ error: `Enter ${label} as a number.` })
    .min(min, `${label} must be between ${min} and ${max}.`)
    .max(max, `${label} must be between ${min} and ${max}.`);
}

export function optionalNumber(label: string, min: number, max: number) {
  return z.preprocess(emptyToUndefined, boundedNumber(label, min, max).optional());
}

/** A number that must be given: an empty field is refused, never read as 0. */
export function requiredNumber(label: string, min: number, max: number) {
  return z.preprocess(emptyToUndefined, boundedNumber(label, min, max));
}

/**
 * C0 control characters other than tab and line breaks, and DEL: nobody types them,
 * and PostgreSQL refuses NUL in text (the request then failed with a 500).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasNoControlCharacters = (text: string) => !CONTROL_CHARACTER.test(text);

export const CONTROL_CHARACTER_MESSAGE =
  "This contains an invisible control character that cannot be saved. Please retype it.";

export const dateKey = z
  .string({ error: "Enter a date." })
  .min(1, "Enter a date.")
  .regex(DATE_KEY_SHAPE, "Enter the date as YYYY-MM-DD, e.g. 2027-03-03.")
  .refine(isCalendarDate, { error: (issue) => notACalendarDateMessage(issue.input) });

export const clockTime = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Enter ${label} as HH:MM on a 24-hour clock, e.g. 08:00 or 17:30.`);

/** A US state's two-letter postal code, chosen from a list (any case accepted). */
export const usState = z
  .string({ error: "Choose a state." })
  .trim()
  .toUpperCase()
  .refine((value) => value in US_STATE_NAMES, "Choose a state.");

export const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "That email address is too long.")
  .email("Enter an email address like name@example.org.");

export const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64);
