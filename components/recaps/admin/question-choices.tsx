// The event's approved questions as a checkbox group: which ones a follow-up answers.
import { CheckboxGroup } from "@/components/forms/choice-group";

export type LinkableQuestion = { id: string; authorName: string; body: string; canBeTold: boolean };

const excerpt = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function QuestionChoices({
  idPrefix,
  questions,
  checked,
  error,
}: {
  idPrefix: string;
  questions: LinkableQuestion[];
  checked: string[];
  error?: string;
}) {
  if (questions.length === 0) {
    return <p className="text-slate-700">No published questions on this event to link.</p>;
  }
  return (
    <CheckboxGroup
      name="questionIds"
      id={`${idPrefix}-questionIds`}
      legend="Residents' questions it answers"
      hint="Askers who left an email are told once this is marked done."
      checked={checked}
      error={error}
      options={questions.map((q) => ({
        value: q.id,
        label: (
          <>
            <strong>{q.authorName}</strong>: “{excerpt(q.body)}”
            {q.canBeTold && <span className="text-slate-700"> (left an email)</span>}
          </>
        ),
      }))}
    />
  );
}
