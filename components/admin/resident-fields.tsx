// What residents need to know, shared by the event and series forms: languages,
// no-host, accessibility.
import { bindFields, fieldError, typedListOr, type ActionState } from "@/lib/actions/state";
import { LANGUAGE_CODES, languageName } from "@/lib/events/labels";
import { TextArea } from "@/components/forms/field";
import { Checkbox, CheckboxGroup } from "@/components/forms/choice-group";

type Props = {
  state: ActionState;
  defaults: { languages: string[]; noHost: boolean; accessibilityNotes: string };
};

export function ResidentFields({ state, defaults }: Props) {
  return (
    <>
      <CheckboxGroup
        name="languages"
        legend="Officers will speak"
        error={fieldError(state, "languages")}
        checked={typedListOr(state, "languages", defaults.languages)}
        options={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code) }))}
      />
      <Checkbox
        name="noHost"
        label="No-host event"
        hint="Each guest buys their own coffee or food."
        checked={state.status === "error" ? state.values.noHost !== undefined : defaults.noHost}
      />
      <TextArea
        {...bindFields(state, defaults)("accessibilityNotes")}
        label="Accessibility notes (optional)"
        rows={3}
        hint="E.g. step-free entrance, ASL interpreter on request. Leave empty to show the venue's notes."
      />
    </>
  );
}
