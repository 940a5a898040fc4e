// Server actions have no [locale] segment: every form sends its language in a hidden
// "locale" field (SubmitButton, components/forms/form-status.tsx), and the action wrapper
// puts the answer's messages in that language. A form without the field answers in English.
import "server-only";
import { createTranslator } from "next-intl";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/routing";
import { readMessageKey } from "./message-key";
import type { ActionState, FieldErrors } from "./state";

/** The language a form was sent in. */
export function formLocale(formData: FormData): Locale {
  const sent = formData.get("locale");
  return isLocale(sent) ? sent : DEFAULT_LOCALE;
}

/** A translator of messageKey messages into `locale`; other messages pass unchanged. */
export function messageTranslator(locale: Locale) {
  const t = createTranslator({ locale, messages: CATALOGS[locale] });
  return (message: string): string => {
    const named = readMessageKey(message);
    if (!named) return message;
    // The keys are checked by tests/unit/action-messages.test.ts; `t` is typed for literals only.
    return (t as (key: string, values?: Record<string, string | number>) => string)(named.key, named.values);
  };
}

/** The answer with its messages in the form's language. */
export function translateAnswer(state: ActionState, locale: Locale): ActionState {
  const translate = messageTranslator(locale);
  if (state.status === "success") return { ...state, message: translate(state.message) };
  if (state.status !== "error") return state;
  const fieldErrors: FieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([field, messages]) => [field, messages.map(translate)]),
  );
  return {
    ...state,
    fieldErrors,
    ...(state.formError !== undefined && { formError: translate(state.formError) }),
  };
}
