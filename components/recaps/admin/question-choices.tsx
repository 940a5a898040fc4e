// The event's approved questions as a checkbox group: which ones a follow-up answers.
import { CheckboxGroup } from "@/components/forms/choice-group";

export type LinkableQuestion = { id: string; authorName: string; body: string; canBeTold: boolean };

/** The group's words in the page's language (recapFormLabels, components/recaps/admin/labels.ts). */
export type QuestionChoicesLabels = { none: string; legend: string; hint: string; leftEmail: string };

const excerpt = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function QuestionChoices({
  idPrefix,
  questions,
  checked,
  error,
  labels,
}: {
  idPrefix: string;
  questions: LinkableQuestion[];
  checked: string[];
  error?: string;
  labels: QuestionChoicesLabels;
}) {
  if (questions.length === 0) {
    return <p className="text-slate-700">{labels.none}</p>;
  }
  return (
    <CheckboxGroup
      name="questionIds"
      id={`${idPrefix}-questionIds`}
      legend={labels.legend}
      hint={labels.hint}
      checked={checked}
      error={error}
      options={questions.map((q) => ({
        value: q.id,
        label: (
          <>
            <strong>{q.authorName}</strong>: “{excerpt(q.body)}”
            {q.canBeTold && <span className="text-slate-700"> {labels.leftEmail}</span>}
          </>
        ),
      }))}
    />
  );
}
