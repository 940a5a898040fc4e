"use client";
import { fieldError, typedOr } from "@/lib/actions/state";
import { officialReplyAction } from "@/lib/comments/actions";
import { COMMENT_LIMITS } from "@/lib/comments/limits";
import { SelectField, TextArea } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";

/** The official answer form's words, in the page's language (components/comments/form-labels.tsx). */
export type OfficialAnswerLabels = {
  summary: string;
  answerFor: string;
  /** The answer's label: with one department, `forDepartment` with "{department}" in it. */
  answer: string;
  forDepartment: string;
  hint: string;
  publish: string;
  sending: string;
};

/** Staff of a hosting department answer a question; published at once with their badge. */
export function OfficialAnswerForm({
  parentId,
  departments,
  idempotencyKey,
  labels,
}: {
  parentId: string;
  departments: { id: string; name: string }[];
  idempotencyKey: string;
  labels: OfficialAnswerLabels;
}) {
  const id = (name: string) => `official-${parentId}-${name}`;
  const [state, formAction] = useFormAnswer(officialReplyAction, id("status"));
  if (state.status === "success") return <FormStatus id={id("status")} state={state} labels={{}} />;
  return (
    <details open={state.status === "error" || undefined} className="text-sm">
      <summary className="cursor-pointer py-2 font-semibold text-brand-800 underline">
        {labels.summary}
      </summary>
      <form action={formAction} className="mt-3 space-y-3 text-base">
        <FormStatus id={id("status")} state={state} labels={{}} />
        <input type="hidden" name="parentId" value={parentId} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {departments.length === 1 ? (
          <input type="hidden" name="departmentId" value={departments[0]?.id} />
        ) : (
          <SelectField
            name="departmentId"
            id={id("department")}
            label={labels.answerFor}
            defaultValue={typedOr(state, "departmentId", departments[0]?.id)}
            options={departments.map((department) => ({ value: department.id, label: department.name }))}
            error={fieldError(state, "departmentId")}
          />
        )}
        <TextArea
          name="body"
          id={id("body")}
          label={
            departments.length === 1
              ? labels.forDepartment.replace("{department}", departments[0]?.name ?? "")
              : labels.answer
          }
          hint={labels.hint}
          rows={3}
          maxLength={COMMENT_LIMITS.body.max}
          defaultValue={typedOr(state, "body", "")}
          error={fieldError(state, "body")}
        />
        <SubmitButton pendingLabel={labels.sending}>{labels.publish}</SubmitButton>
      </form>
    </details>
  );
}
