"use client";
import { useActionState } from "react";
import { reportCommentAction } from "@/lib/comments/report-action";
import { COMMENT_LIMITS } from "@/lib/comments/limits";
import { emptyReportForm, REPORT_REASONS } from "@/lib/comments/report-reasons";
import { inputClass } from "./field";
import { SubmitButton } from "./submit-button";

/** "Report" under an approved comment: a disclosure, so it works without JavaScript. */
export function ReportForm({ commentId, eventSlug }: { commentId: string; eventSlug: string }) {
  const [state, formAction] = useActionState(reportCommentAction, emptyReportForm);
  const id = (name: string) => `report-${commentId}-${name}`;
  const open = state.status !== "idle";
  return (
    <details open={open || undefined} className="text-sm">
      <summary className="cursor-pointer py-2 text-slate-700 underline">Report this comment</summary>
      {state.status === "received" ? (
        <p role="status" className="mt-2 font-semibold text-green-900">
          {state.message}
        </p>
      ) : (
        <form action={formAction} className="mt-2 space-y-3">
          {state.message && (
            <p role="alert" className="font-semibold text-red-800">
              {state.message}
            </p>
          )}
          <input type="hidden" name="commentId" value={commentId} />
          <input type="hidden" name="eventSlug" value={eventSlug} />
          <fieldset aria-describedby={state.fieldErrors.reason ? id("reason-error") : undefined}>
            <legend className="font-semibold">What is wrong with it?</legend>
            {state.fieldErrors.reason && (
              <p id={id("reason-error")} className="font-semibold text-red-800">
                {state.fieldErrors.reason}
              </p>
            )}
            {Object.entries(REPORT_REASONS).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 py-1">
                <input
                  type="radio"
                  name="reason"
                  value={value}
                  defaultChecked={state.values.reason === value}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <div>
            <label htmlFor={id("details")} className="block font-semibold">
              Anything to add? (optional)
            </label>
            <textarea
              id={id("details")}
              name="details"
              rows={2}
              maxLength={COMMENT_LIMITS.reportDetails.max}
              defaultValue={state.values.details}
              className={inputClass}
            />
          </div>
          <SubmitButton
            label="Send report"
            className="rounded border-2 border-slate-700 px-3 py-1.5 font-semibold text-slate-900 disabled:opacity-70"
          />
        </form>
      )}
    </details>
  );
}
