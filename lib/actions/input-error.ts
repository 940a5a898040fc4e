// A plain function's way to say "this input cannot be used" with messages for fields,
// found only after reading the database (e.g. an unknown venue, a slug in use).
import type { FieldErrors, FormValues } from "./state";

export class InputError extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formError?: string,
    readonly code: 400 | 409 | 429 = 400,
    /** Values the server puts in the form for its next send, beside what was typed (e.g. the venue it found). */
    readonly values: FormValues = {},
  ) {
    super(formError ?? Object.values(fieldErrors).flat()[0] ?? "Invalid input");
    this.name = "InputError";
  }
}
