"use client";
// A new promise on the recap, with an optional first note and the questions it answers.
import { bindFields, fieldError, formKey, typedListOr } from "@/lib/actions/state";
import { addFollowUpAction } from "@/lib/recaps/actions";
import { RECAP_LIMITS as L } from "@/lib/recaps/limits";
import { TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";
import { QuestionChoices, type LinkableQuestion } from "./question-choices";

const LABELS = { title: "What the department will look into", note: "First note" };

export function AddFollowUpForm({ eventId, questions }: { eventId: string; questions: LinkableQuestion[] }) {
  const [state, formAction] = useFormAnswer(addFollowUpAction, "new-follow-up-status");
  const field = (name: "title" | "note") => ({ ...bindFields(state)(name), id: `new-follow-up-${name}` });
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <FormStatus id="new-follow-up-status" state={state} labels={LABELS} />
      <TextField
        {...field("title")}
        label={LABELS.title}
        hint="One promise, e.g. “Speed patrols on Burnside Ave at school drop-off”."
        maxLength={L.followUpTitle.max}
      />
      <TextArea
        {...field("note")}
        label="First note (optional)"
        hint="Public and dated, e.g. “Passed to the traffic unit.”"
        maxLength={L.note.max}
        rows={2}
      />
      <QuestionChoices
        idPrefix="new-follow-up"
        questions={questions}
        checked={typedListOr(state, "questionIds", [])}
        error={fieldError(state, "questionIds")}
      />
      <SubmitButton pendingLabel="Adding…">Add the follow-up</SubmitButton>
    </form>
  );
}
