"use client";
// A new promise on the recap, with an optional first note and the questions it answers.
import { bindFields, fieldError, formKey, typedListOr } from "@/lib/actions/state";
import { addFollowUpAction } from "@/lib/recaps/actions";
import { RECAP_LIMITS as L } from "@/lib/recaps/limits";
import { TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";
import { QuestionChoices, type LinkableQuestion, type QuestionChoicesLabels } from "./question-choices";

export type AddFollowUpFormLabels = {
  fields: { title: string; note: string };
  titleHint: string;
  noteLabel: string;
  noteHint: string;
  adding: string;
  submit: string;
  questions: QuestionChoicesLabels;
};

export function AddFollowUpForm({
  eventId,
  questions,
  labels,
}: {
  eventId: string;
  questions: LinkableQuestion[];
  labels: AddFollowUpFormLabels;
}) {
  const [state, formAction] = useFormAnswer(addFollowUpAction, "new-follow-up-status");
  const field = (name: "title" | "note") => ({ ...bindFields(state)(name), id: `new-follow-up-${name}` });
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <FormStatus id="new-follow-up-status" state={state} labels={labels.fields} />
      <TextField
        {...field("title")}
        label={labels.fields.title}
        hint={labels.titleHint}
        maxLength={L.followUpTitle.max}
      />
      <TextArea
        {...field("note")}
        label={labels.noteLabel}
        hint={labels.noteHint}
        maxLength={L.note.max}
        rows={2}
      />
      <QuestionChoices
        idPrefix="new-follow-up"
        questions={questions}
        checked={typedListOr(state, "questionIds", [])}
        error={fieldError(state, "questionIds")}
        labels={labels.questions}
      />
      <SubmitButton pendingLabel={labels.adding}>{labels.submit}</SubmitButton>
    </form>
  );
}
