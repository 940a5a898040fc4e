// What a form action answers, shared by server actions and the client forms that show it.
// No "server-only": client components import these types and the idle state.

/** What the person typed, by field name, to refill the form after an error. */
export type FormValues = Record<string, string | string[]>;

export type FieldErrors = Record<string, string[]>;

export type ActionState =
  | { status: "idle" }
  | {
      status: "error";
      /** 400 invalid input, 401 not signed in, 403 not allowed, 409 conflict, 429 too many, 503 database busy. */
      code: 400 | 401 | 403 | 409 | 429 | 503;
      fieldErrors: FieldErrors;
      formError?: string;
      values: FormValues;
      /** New for every answer: forms use it as their key (see formKey). */
      attempt: string;
    }
  | {
      status: "success";
      message: string;
      /** Hidden fields renewed for the form's next send, e.g. a fresh idempotency key. */
      hidden?: Record<string, string>;
    };

export const IDLE: ActionState = { status: "idle" };

/** What a form's action prop takes: the server action as useActionState calls it. */
export type FormAction = (state: ActionState, data: FormData) => Promise<ActionState>;

/**
 * A key for the <form>: React resets a form after its action, and a reset <select>
 * forgets its defaultValue; remounting with the typed values as defaults keeps them.
 */
export function formKey(state: ActionState): string {
  return state.status === "error" ? state.attempt : "form";
}

export function fieldError(state: ActionState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name]?.[0] : undefined;
}

/** The typed value after an error, else the stored one. */
export function typedOr(state: ActionState, name: string, stored: string | undefined | null): string {
  if (state.status === "error") {
    const value = state.values[name];
    return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  }
  return stored ?? "";
}

/** The keys of a form's stored values that hold text (not lists or flags). */
type TextKey<T> = { [K in keyof T]-?: T[K] extends string | null | undefined ? K : never }[keyof T] & string;

/**
 * Binds a form's fields to its state: `field("city")` gives the name, the value to show
 * (typed after an error, else stored) and the error, to spread into a TextField,
 * TextArea or SelectField.
 */
export function bindFields<T extends object = Record<string, string>>(state: ActionState, stored?: T) {
  return (name: TextKey<T>) => ({
    name,
    defaultValue: typedOr(state, name, stored?.[name] as string | null | undefined),
    error: fieldError(state, name),
  });
}

/** Checkbox groups and multi-selects: the typed list after an error, else the stored one. */
export function typedListOr(state: ActionState, name: string, stored: readonly string[]): string[] {
  if (state.status !== "error") return [...stored];
  const value = state.values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A hidden field the server hands out: sent back as it was after an error, renewed after a success. */
export function hiddenOr(state: ActionState, name: string, initial: string): string {
  if (state.status === "error") return typedOr(state, name, initial);
  if (state.status === "success") return state.hidden?.[name] ?? initial;
  return initial;
}
