"use client";
// Moves a follow-up along with a dated public note; marking it done tells the askers.
import { bindFields, fieldError, formKey, typedListOr, typedOr } from "@/lib/actions/state";
import { updateFollowUpAction } from "@/lib/recaps/actions";
import { FOLLOW_UP_STATE_OPTIONS, type FollowUpState } from "@/lib/recaps/labels";
import { RECAP_LIMITS as L } from "@/lib/recaps/limits";
import { SelectField, TextArea } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";
import { QuestionChoices, type LinkableQuestion } from "./question-choices";

const LABELS = { state: "Where it stands", note: "Note for residents" };

export function UpdateFollowUpForm({
  followUp,
  questions,
  headingId,
}: {
  followUp: { id: string; title: string; state: FollowUpState; questionIds: string[] };
  questions: LinkableQuestion[];
  /** The id of the follow-up's heading, which names what the button saves. */
  headingId: string;
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
        label={LABELS.state}
        defaultValue={typedOr(state, "state", followUp.state)}
        error={fieldError(state, "state")}
        options={FOLLOW_UP_STATE_OPTIONS}
      />
      <TextArea
        {...bindFields(state)("note")}
        id={`${prefix}-note`}
        label={LABELS.note}
        hint="Public and dated: what changed, e.g. “Patrols ran every school morning for two weeks.”"
        maxLength={L.note.max}
        rows={2}
      />
      <QuestionChoices
        idPrefix={prefix}
        questions={questions}
        checked={typedListOr(state, "questionIds", followUp.questionIds)}
        error={fieldError(state, "questionIds")}
      />
      <SubmitButton pendingLabel="Saving…" describedBy={headingId}>
        Save the update
      </SubmitButton>
    </form>
  );
}
