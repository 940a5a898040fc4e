// The reusable fields of lib/actions/fields.ts with their messages named by catalog key
// (messageKey), so that the form's language picks the words. `key` names an object in
// the catalogs with the messages the field can give, e.g. "AdminEvents.errors.title" →
// { missing, tooShort, tooLong }. Limits go in as strings: ICU would write 1000 as "1,000".
// No "server-only": schemas shared with client forms build these too.
import { z } from "zod";
import { messageKey } from "./message-key";

/** Text that must be given, between min and max characters: `{key}.missing|tooShort|tooLong`. */
export function keyedRequiredText(key: string, min: number, max: number) {
  const missing = messageKey(`${key}.missing`);
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .min(min, messageKey(`${key}.tooShort`, { min: String(min) }))
    .max(max, messageKey(`${key}.tooLong`, { max: String(max) }));
}

/** Trimmed text or undefined when empty, at most max characters: `{key}.tooLong`. */
export function keyedOptionalText(key: string, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .max(max, messageKey(`${key}.tooLong`, { max: String(max) }))
      .optional(),
  );
}

/** A time on a 24-hour clock, "HH:MM": `{key}.missing|shape`. */
export function keyedClockTime(key: string) {
  return z
    .string({ error: messageKey(`${key}.missing`) })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, messageKey(`${key}.shape`));
}

function keyedNumber(key: string, min: number, max: number) {
  const range = messageKey(`${key}.range`, { min: String(min), max: String(max) });
  return z.coerce
    .number({ error: messageKey(`${key}.notNumber`) })
    .min(min, range)
    .max(max, range);
}

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A number between min and max, or nothing: `{key}.notNumber|range`. */
export function keyedOptionalNumber(key: string, min: number, max: number) {
  return z.preprocess(emptyToUndefined, keyedNumber(key, min, max).optional());
}

/** A number that must be given (an empty field is refused, never read as 0): `{key}.notNumber|range`. */
export function keyedRequiredNumber(key: string, min: number, max: number) {
  return z.preprocess(emptyToUndefined, keyedNumber(key, min, max));
}
