"use client";
// The message at the top of a form after a submit: errors are announced (role=alert)
// and list the fields to fix, each linking to its control. And the form's submit button.
import { useParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/state";

/**
 * Focus goes to the answer, so that keyboard and screen-reader users start from it.
 * Without JavaScript, `autoFocus` does it as the answer page loads (or the browser, when
 * the form posted to `#id`: see useFormAnswer); with JavaScript, the effect does, once
 * per answer (not again when a page kept by the router is shown again).
 */
function useFocusOnAnswer(state: ActionState) {
  const element = useRef<HTMLDivElement>(null);
  const focused = useRef<ActionState>(null);
  useEffect(() => {
    if (state.status === "idle" || focused.current === state) return;
    focused.current = state;
    element.current?.focus();
  }, [state]);
  return { ref: element, tabIndex: -1, autoFocus: true };
}

export function FormStatus({
  state,
  labels,
  id,
}: {
  state: ActionState;
  labels: Record<string, string>;
  /** Where a form posted without JavaScript lands (useFormAnswer); unique on the page. */
  id?: string;
}) {
  const focus = useFocusOnAnswer(state);
  if (state.status === "success") {
    return (
      <div
        id={id}
        {...focus}
        role="status"
        className="scroll-mt-4 rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-900"
      >
        {state.message}
      </div>
    );
  }
  if (state.status !== "error") return null;
  const fields = Object.keys(state.fieldErrors).filter((name) => labels[name]);
  return (
    <div
      id={id}
      {...focus}
      role="alert"
      className="scroll-mt-4 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900"
    >
      {state.formError && <p className="font-bold">{state.formError}</p>}
      {fields.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {fields.map((name) => (
            <li key={name}>
              <a href={`#${name}`} className="text-red-900">
                {labels[name]}: {state.fieldErrors[name]?.[0]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const BUTTON_STYLES = {
  primary: "rounded-md px-4 py-2 bg-brand-800 text-white hover:bg-brand-900",
  secondary: "rounded-md px-4 py-2 border-2 border-brand-800 bg-white text-brand-800 hover:bg-brand-50",
  danger: "rounded-md px-4 py-2 bg-red-800 text-white hover:bg-red-900",
  /** A small, plain button that does not compete with the content around it (e.g. "Send report"). */
  quiet: "rounded border-2 border-slate-700 px-3 py-1.5 text-slate-900",
};

/**
 * The page's language, sent with every form (each has a SubmitButton): server actions
 * have no [locale] segment, and answer in this language (lib/actions/translate-answer.ts).
 */
function LocaleField() {
  const { locale } = useParams<{ locale?: string }>();
  return locale ? <input type="hidden" name="locale" value={locale} /> : null;
}

export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
  describedBy,
  pendingLabel,
}: {
  children: string;
  name?: string;
  value?: string;
  variant?: keyof typeof BUTTON_STYLES;
  /** The id of what the button acts on, when a page has several of the same button. */
  describedBy?: string;
  /** Shown, with the button disabled, while the form is sending: a double click then sends once. */
  pendingLabel?: string;
}) {
  const { pending } = useFormStatus();
  const sending = pending && pendingLabel !== undefined;
  return (
    <>
      <LocaleField />
      <button
        type="submit"
        name={name}
        value={value}
        disabled={sending || undefined}
        aria-disabled={pendingLabel === undefined ? undefined : sending}
        aria-describedby={describedBy}
        className={`font-semibold disabled:opacity-70 ${BUTTON_STYLES[variant]}`}
      >
        {sending ? pendingLabel : children}
      </button>
    </>
  );
}
