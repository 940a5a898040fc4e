// Who hosts an event: the lead department (new events) and co-hosts. Other departments
// are invited and co-host once their staff accept. When editing, hosts that accepted and
// that the person is not staff of are shown ticked and locked; the server keeps them anyway.
// Pending invitations say so, and may be withdrawn by unticking them.
import { bindFields, fieldError, typedListOr, type ActionState } from "@/lib/actions/state";
import type { EventFormOptions } from "@/lib/events/form-defaults";
import { SelectField } from "@/components/forms/field";
import { CheckboxGroup } from "@/components/forms/choice-group";

/** The fields' words, in the page's language (eventFormLabels, ./event-form-labels.tsx). */
export type HostFieldsLabels = {
  hostingDepartment: string;
  chooseDepartment: string;
  hostingDepartments: string;
  coHosts: string;
  editingHint: string;
  newHint: string;
  /** With "{department}" where the invited department's name goes. */
  invited: string;
};

type Props = {
  state: ActionState;
  labels: HostFieldsLabels;
  options: EventFormOptions;
  editing: boolean;
  defaults: { leadDepartmentId: string; coHostIds: string[]; invitedHostIds?: string[] };
};

export function HostFields({ state, labels, options, editing, defaults }: Props) {
  const invited = (id: string) => editing && (defaults.invitedHostIds ?? []).includes(id);
  const locked = (id: string) =>
    editing && defaults.coHostIds.includes(id) && options.protectedDepartmentIds.includes(id) && !invited(id);
  return (
    <>
      {!editing && (
        <SelectField
          {...bindFields(state, defaults)("leadDepartmentId")}
          label={labels.hostingDepartment}
          options={options.leadDepartments}
          placeholder={options.leadDepartments.length === 1 ? undefined : labels.chooseDepartment}
        />
      )}
      <CheckboxGroup
        name="coHostIds"
        legend={editing ? labels.hostingDepartments : labels.coHosts}
        error={fieldError(state, "coHostIds")}
        checked={typedListOr(state, "coHostIds", defaults.coHostIds)}
        hint={editing ? labels.editingHint : labels.newHint}
        options={options.departments.map((d) => ({
          ...d,
          label: invited(d.value) ? labels.invited.replace("{department}", () => d.label) : d.label,
          disabled: locked(d.value),
        }))}
      />
    </>
  );
}
