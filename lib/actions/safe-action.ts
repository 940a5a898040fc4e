// The one wrapper for server actions: FormData → zod schema → the plain function (which
// calls its guard) → a typed ActionState. Works with useActionState and with a plain
// <form action={…}> post without JavaScript (React re-renders the page with the state).
// The only place that reads FormData.
import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAuthError } from "@/lib/auth/errors";
import { logRefusal } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/routing";
import { isDatabaseBusy } from "@/lib/db/busy";
import { safeErrorMessage } from "@/lib/logging/logger";
import { InputError } from "./input-error";
import { messageKey } from "./message-key";
import type { ActionState, FieldErrors, FormValues } from "./state";
import { formLocale, translateAnswer } from "./translate-answer";

export { InputError } from "./input-error";
export { IDLE, type ActionState, type FormValues } from "./state";

/**
 * A plain function: the acting user (null = anonymous), parsed input and, for actions
 * that need more of the request than the user (e.g. the sender's address hash), that
 * context. It checks rights itself.
 */
export type PlainAction<S extends z.ZodType, R, C = undefined> = (
  user: CurrentUser | null,
  input: z.output<S>,
  context: C,
) => Promise<R>;

/** Whether visitors who are not signed in may use the action; otherwise they are refused before their input is read. */
export type Audience = { anonymous?: boolean };

export type HandleOptions<C = undefined> = Audience & {
  /** The form's message when fields are invalid. */
  invalidMessage?: string;
  context?: C;
};

export type SafeActionOptions<S extends z.ZodType, R, C = undefined> = Audience & {
  invalidMessage?: string;
  /**
   * Runs after success inside the request: revalidate, then redirect() or return a message.
   * `locale` is the form's language, for an address to redirect to.
   */
  onSuccess?: (
    result: R,
    input: z.output<S>,
    form: { locale: Locale },
  ) => ActionState | void | Promise<ActionState | void>;
} & (undefined extends C
    ? { context?: () => C | Promise<C> }
    : { /** Read from the request for the plain function, after the user. */ context: () => C | Promise<C> });

const NEVER_ECHOED = /password|token/i;

function collect(formData: FormData, keep: (key: string) => boolean): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || !keep(key) || typeof value !== "string") continue;
    const existing = values[key];
    values[key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}

/** What the person typed, without passwords, tokens or React's own fields. */
export function formValues(formData: FormData): FormValues {
  return collect(formData, (key) => !NEVER_ECHOED.test(key));
}

/** FormData as zod sees it: repeated names become arrays; an uploaded file stays a File (one per name). */
export function formObject(formData: FormData): Record<string, FormValues[string] | File> {
  const object: Record<string, FormValues[string] | File> = collect(formData, () => true);
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" && !key.startsWith("$ACTION")) object[key] = value;
  }
  return object;
}

/** Messages by form field: an issue inside a list (e.g. languages.2) belongs to the list's field. */
function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0] === undefined ? "_form" : String(issue.path[0]);
    const messages = (errors[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}

/** Said on the form when the database did not answer in time; nothing was saved or the save is safe to repeat. */
export const BUSY_MESSAGE = messageKey("Forms.busy");

/** Said above a form whose fields are invalid, unless the action names its own message. */
const INVALID_MESSAGE = messageKey("Forms.invalid");

function failure(
  code: Extract<ActionState, { status: "error" }>["code"],
  formData: FormData,
  fieldErrors: FieldErrors,
  formError?: string,
  serverValues: FormValues = {},
) {
  const state = {
    status: "error",
    code,
    fieldErrors,
    formError,
    values: { ...formValues(formData), ...serverValues },
    attempt: randomUUID(),
  } satisfies ActionState;
  return translateAnswer(state, formLocale(formData)) as typeof state;
}

/**
 * The testable core: parse, run, and turn expected failures into an ActionState. Unless
 * the action is for anonymous visitors, a caller who is not signed in is refused (and
 * logged) first, so that checking the input tells a stranger nothing.
 */
export async function handleForm<S extends z.ZodType, R, C = undefined>(
  schema: S,
  run: PlainAction<S, R, C>,
  user: CurrentUser | null,
  formData: FormData,
  { anonymous = false, invalidMessage = INVALID_MESSAGE, context }: HandleOptions<C> = {},
): Promise<{ status: "ok"; result: R; input: z.output<S> } | Extract<ActionState, { status: "error" }>> {
  if (!user && !anonymous) {
    logRefusal(null, "signed-in action");
    return failure(401, formData, {}, messageKey("Forms.signIn"));
  }
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) {
    return failure(400, formData, zodFieldErrors(parsed.error), invalidMessage);
  }
  try {
    return { status: "ok", result: await run(user, parsed.data, context as C), input: parsed.data };
  } catch (error) {
    if (isAuthError(error)) return failure(error.status, formData, {}, error.message);
    if (error instanceof InputError)
      return failure(
        error.code,
        formData,
        error.fieldErrors,
        error.formError ?? INVALID_MESSAGE,
        error.values,
      );
    if (isDatabaseBusy(error)) {
      console.warn("[actions] not saved: the database did not answer in time", safeErrorMessage(error));
      return failure(503, formData, {}, BUSY_MESSAGE);
    }
    throw error;
  }
}

/** A server action for useActionState(action, IDLE) or <form action={action}>. */
export function safeAction<S extends z.ZodType, R, C = undefined>(
  schema: S,
  run: PlainAction<S, R, C>,
  options: SafeActionOptions<S, R, C> = {} as SafeActionOptions<S, R, C>,
) {
  /** The whole answer, onSuccess included, for a given user and context: tests call it without a request. */
  async function answer(user: CurrentUser | null, formData: FormData, context: C): Promise<ActionState> {
    const { anonymous, invalidMessage } = options;
    const outcome = await handleForm(schema, run, user, formData, { anonymous, invalidMessage, context });
    if (outcome.status === "error") return outcome;
    const locale = formLocale(formData);
    const answered = (await options.onSuccess?.(outcome.result, outcome.input, { locale })) ?? {
      status: "success",
      message: messageKey("Forms.saved"),
    };
    return translateAnswer(answered, locale);
  }
  const action = async (stateOrData: ActionState | FormData, maybeData?: FormData): Promise<ActionState> => {
    const formData = stateOrData instanceof FormData ? stateOrData : maybeData;
    if (!formData) throw new Error("safeAction expects FormData");
    const user = await getCurrentUser();
    return answer(user, formData, (await options.context?.()) as C);
  };
  return Object.assign(action, { answer });
}
