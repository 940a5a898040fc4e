"use client";
import { useActionState, useRef, type ReactNode } from "react";
import { moderateAction } from "@/lib/comments/actions";
import { IDLE } from "@/lib/actions/state";
import { DECISIONS, MODERATION_FORM_ID, type Decision } from "@/lib/comments/labels";
import { COMMENT_LIMITS } from "@/lib/comments/limits";
import type { Locale } from "@/lib/i18n/paths";
import { inputClass } from "@/components/forms/input-class";
import { useQueueShortcuts } from "./use-queue-shortcuts";

export type ModerationFormLabels = {
  selectedLegend: string;
  selected: string;
  bulk: Record<Decision, string>;
  reason: string;
  shortcuts: ReactNode;
};

/**
 * The queue's decisions: a row's buttons decide that row, the bulk buttons the ticked
 * rows. The rows sit outside the form element (joined by form="…"), so that a row can
 * hold a form of its own, such as an official reply.
 */
export function ModerationForm({
  hasItems,
  locale,
  labels,
  children,
}: {
  hasItems: boolean;
  /** Sent with every decision, so that the answer comes back in the page's language. */
  locale: Locale;
  labels: ModerationFormLabels;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(moderateAction, IDLE);
  const queueRef = useRef<HTMLDivElement>(null);
  useQueueShortcuts(queueRef);
  const message =
    state.status === "success"
      ? state.message
      : state.status === "error"
        ? (state.fieldErrors.ids?.[0] ?? state.fieldErrors.reason?.[0] ?? state.formError)
        : null;
  return (
    <div ref={queueRef} className="group space-y-4">
      <form id={MODERATION_FORM_ID} action={formAction} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        {message && (
          <p
            role={state.status === "error" ? "alert" : "status"}
            className={`rounded border-2 p-3 font-semibold ${state.status === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}
          >
            {message}
          </p>
        )}
        {hasItems && (
          <>
            <fieldset className="flex flex-wrap items-center gap-2 rounded-lg bg-slate-100 p-3">
              <legend className="sr-only">{labels.selectedLegend}</legend>
              <span className="font-semibold">{labels.selected}</span>
              {DECISIONS.map((decision) => (
                <button
                  key={decision}
                  type="submit"
                  name="act"
                  value={decision}
                  className="rounded border-2 border-brand-800 bg-white px-3 py-1.5 font-semibold text-brand-900"
                >
                  {labels.bulk[decision]}
                </button>
              ))}
              <label className="flex w-full flex-wrap items-center gap-2 text-sm sm:w-auto">
                <span className="font-semibold">{labels.reason}</span>
                <input
                  type="text"
                  name="reason"
                  maxLength={COMMENT_LIMITS.rejectReason.max}
                  className={`${inputClass} sm:w-64`}
                />
              </label>
            </fieldset>
            <p className="hidden text-sm text-slate-700 group-data-[shortcuts=on]:block" id="queue-shortcuts">
              {labels.shortcuts}
            </p>
          </>
        )}
      </form>
      {children}
    </div>
  );
}
