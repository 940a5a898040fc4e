// What residents need to know, shared by the event and series forms: languages,
// no-host, accessibility.
import { bindFields, fieldError, typedListOr, type ActionState } from "@/lib/actions/state";
import { LANGUAGE_CODES, type LanguageCode } from "@/lib/events/labels";
import { TextArea } from "@/components/forms/field";
import { Checkbox, CheckboxGroup } from "@/components/forms/choice-group";

/** The fields' words, in the page's language (residentFieldsLabels, ./event-form-labels.tsx). */
export type ResidentFieldsLabels = {
  languagesLegend: string;
  languages: Record<LanguageCode, string>;
  noHost: string;
  noHostHint: string;
  accessibilityNotes: string;
  accessibilityHint: string;
};

type Props = {
  state: ActionState;
  labels: ResidentFieldsLabels;
  defaults: { languages: string[]; noHost: boolean; accessibilityNotes: string };
};

export function ResidentFields({ state, labels, defaults }: Props) {
  return (
    <>
      <CheckboxGroup
        name="languages"
        legend={labels.languagesLegend}
        error={fieldError(state, "languages")}
        checked={typedListOr(state, "languages", defaults.languages)}
        options={LANGUAGE_CODES.map((code) => ({ value: code, label: labels.languages[code] }))}
      />
      <Checkbox
        name="noHost"
        label={labels.noHost}
        hint={labels.noHostHint}
        checked={state.status === "error" ? state.values.noHost !== undefined : defaults.noHost}
      />
      <TextArea
        {...bindFields(state, defaults)("accessibilityNotes")}
        label={labels.accessibilityNotes}
        rows={3}
        hint={labels.accessibilityHint}
      />
    </>
  );
}
