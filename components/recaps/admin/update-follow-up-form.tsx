"use client";
// Moves a follow-up along with a dated public note; marking it done tells the askers.
import { bindFields, fieldError, formKey, typedListOr, typedOr } from "@/lib/actions/state";
import { updateFollowUpAction } from "@/lib/recaps/actions";
import type { FollowUpState } from "@/lib/recaps/labels";
import { RECAP_LIMITS as L } from "@/lib/recaps/limits";
import { SelectField, TextArea } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";
import { QuestionChoices, type LinkableQuestion, type QuestionChoicesLabels } from "./question-choices";

export type UpdateFollowUpFormLabels = {
  fields: { state: string; note: string };
  states: { value: FollowUpState; label: string }[];
  noteHint: string;
  saving: string;
  submit: string;
  questions: QuestionChoicesLabels;
};

export function UpdateFollowUpForm({
  followUp,
  questions,
  headingId,
  labels,
}: {
  followUp: { id: string; title: string; state: FollowUpState; questionIds: string[] };
  questions: LinkableQuestion[];
  /** The id of the follow-up's heading, which names what the button saves. */
  headingId: string;
  labels: UpdateFollowUpFormLabels;
}) {
  const prefix = `follow-up-${followUp.id}`;
  const [state, formAction] = useFormAnswer(updateFollowUpAction, `${prefix}-status`);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="followUpId" value={followUp.id} />
      {/* Several of these forms share a page: errors are shown next to their fields only. */}
      <FormStatus id={`${prefix}-status`} state={state} labels={{}} />
      <SelectField
        name="state"
        id={`${prefix}-state`}
        label={labels.fields.state}
        defaultValue={typedOr(state, "state", followUp.state)}
        error={fieldError(state, "state")}
        options={labels.states}
      />
      <TextArea
        {...bindFields(state)("note")}
        id={`${prefix}-note`}
        label={labels.fields.note}
        hint={labels.noteHint}
        maxLength={L.note.max}
        rows={2}
      />
      <QuestionChoices
        idPrefix={prefix}
        questions={questions}
        checked={typedListOr(state, "questionIds", followUp.questionIds)}
        error={fieldError(state, "questionIds")}
        labels={labels.questions}
      />
      <SubmitButton pendingLabel={labels.saving} describedBy={headingId}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
