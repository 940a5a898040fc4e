// Reusable zod fields for HTML forms, with the messages people read next to the field.
// FormData gives strings ("" for empty inputs, nothing for unchecked boxes), so these
// normalise before validating. No "server-only": forms read limits from the schemas.
// Messages are catalog keys (messageKey), put in the form's language by the action
// wrapper: `key` names an object in the catalogs with the messages a field can give,
// e.g. "AdminEvents.errors.title" → { missing, tooShort, tooLong }. Limits go in as
// strings: ICU would write 1000 as "1,000".
import { z } from "zod";
import { messageKey } from "./message-key";
import { DATE_KEY_SHAPE, isCalendarDate } from "@/lib/time/date-key";
import { US_STATE_NAMES } from "@/lib/geo/us-states";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/paths";

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * Text trimmed, a missing field read as "": the base for a form that pipes it into its
 * own checks and messages (an empty name is then "Please enter a name…", not "missing").
 */
export const trimmedText = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? "");

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

/** Text that must be given, between min and max characters: `{key}.missing|tooShort|tooLong`. */
export function requiredText(key: string, min: number, max: number) {
  const missing = messageKey(`${key}.missing`);
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .min(min, messageKey(`${key}.tooShort`, { min: String(min) }))
    .max(max, messageKey(`${key}.tooLong`, { max: String(max) }));
}

/** Trimmed text or undefined when empty, at most max characters: `{key}.tooLong`. */
export function optionalText(key: string, max: number) {
  return z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(max, messageKey(`${key}.tooLong`, { max: String(max) }))
      .optional(),
  );
}

/** A time on a 24-hour clock, "HH:MM": `{key}.missing|shape`. */
export function clockTime(key: string) {
  return z
    .string({ error: messageKey(`${key}.missing`) })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, messageKey(`${key}.shape`));
}

function boundedNumber(key: string, min: number, max: number) {
  const range = messageKey(`${key}.range`, { min: String(min), max: String(max) });
  return z.coerce
    .number({ error: messageKey(`${key}.notNumber`) })
    .min(min, range)
    .max(max, range);
}

/** A number between min and max, or nothing: `{key}.notNumber|range`. */
export function optionalNumber(key: string, min: number, max: number) {
  return z.preprocess(emptyToUndefined, boundedNumber(key, min, max).optional());
}

/** A number that must be given (an empty field is refused, never read as 0): `{key}.notNumber|range`. */
export function requiredNumber(key: string, min: number, max: number) {
  return z.preprocess(emptyToUndefined, boundedNumber(key, min, max));
}

/**
 * C0 control characters other than tab and line breaks, and DEL: nobody types them,
 * and PostgreSQL refuses NUL in text (the request then failed with a 500).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasNoControlCharacters = (text: string) => !CONTROL_CHARACTER.test(text);

export const CONTROL_CHARACTER_MESSAGE = messageKey("Forms.controlCharacter");

const DATE_MISSING = messageKey("Forms.dateMissing");

export const dateKey = z
  .string({ error: DATE_MISSING })
  .min(1, DATE_MISSING)
  .regex(DATE_KEY_SHAPE, messageKey("Forms.dateShape"))
  .refine(isCalendarDate, {
    error: (issue) => messageKey("Search.errors.notACalendarDate", { typed: String(issue.input) }),
  });

const STATE_MISSING = messageKey("Forms.stateMissing");

/** A US state's two-letter postal code, chosen from a list (any case accepted). */
export const usState = z
  .string({ error: STATE_MISSING })
  .trim()
  .toUpperCase()
  .refine((value) => value in US_STATE_NAMES, STATE_MISSING);

const EMAIL_MISSING = messageKey("EmailField.missing");

/** An email address, lower-cased: `EmailField.missing|tooLong|shape`. */
export const email = z
  .string({ error: EMAIL_MISSING })
  .trim()
  .toLowerCase()
  .min(1, EMAIL_MISSING)
  .max(254, messageKey("EmailField.tooLong"))
  .email(messageKey("EmailField.shape"));

/**
 * A language of the site ("en", "es"): the form's own (the hidden `locale` field every
 * SubmitButton sends), or a choice such as an invitation's language. Anything else is English.
 */
export const language = z.enum(LOCALES).catch(DEFAULT_LOCALE);

export const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64);
