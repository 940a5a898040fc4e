"use client";
import { fieldError, typedOr } from "@/lib/actions/state";
import { reportCommentAction } from "@/lib/comments/actions";
import { COMMENT_LIMITS } from "@/lib/comments/limits";
import { FieldMessage, inputClass } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";

/** The report form's words, in the page's language (lib/comments/form-labels.ts). */
export type ReportFormLabels = {
  summary: string;
  legend: string;
  /** The reasons to choose from, by their value (lib/comments/labels.ts REPORT_REASONS). */
  reasons: Record<string, string>;
  details: string;
  send: string;
  sending: string;
};

/** The report form of an approved comment: opened under it (comment-actions.tsx) or on its own page. */
export function ReportForm({ commentId, labels }: { commentId: string; labels: ReportFormLabels }) {
  const id = (name: string) => `report-${commentId}-${name}`;
  const [state, formAction] = useFormAnswer(reportCommentAction, id("status"));
  const reasonError = fieldError(state, "reason");
  if (state.status === "success") {
    return (
      <div className="mt-2">
        <FormStatus id={id("status")} state={state} labels={{}} />
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-2 space-y-3">
      <FormStatus id={id("status")} state={state} labels={{}} />
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset aria-describedby={reasonError ? id("reason-error") : undefined}>
        <legend className="font-semibold">{labels.legend}</legend>
        {reasonError && <FieldMessage id={id("reason-error")} message={reasonError} />}
        {Object.entries(labels.reasons).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 py-1">
            <input
              type="radio"
              name="reason"
              value={value}
              defaultChecked={typedOr(state, "reason", "") === value}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor={id("details")} className="block font-semibold">
          {labels.details}
        </label>
        <textarea
          id={id("details")}
          name="details"
          rows={2}
          maxLength={COMMENT_LIMITS.reportDetails.max}
          defaultValue={typedOr(state, "details", "")}
          className={inputClass}
        />
      </div>
      <SubmitButton variant="quiet" pendingLabel={labels.sending}>
        {labels.send}
      </SubmitButton>
    </form>
  );
}
