// Who hosts an event: the lead department (new events) and co-hosts. Other departments
// are invited and co-host once their staff accept. When editing, hosts that accepted and
// that the person is not staff of are shown ticked and locked; the server keeps them anyway.
// Pending invitations say so, and may be withdrawn by unticking them.
import { bindFields, fieldError, typedListOr, type ActionState } from "@/lib/actions/state";
import type { EventFormOptions } from "@/lib/events/form-defaults";
import { SelectField } from "@/components/forms/field";
import { CheckboxGroup } from "@/components/forms/choice-group";

type Props = {
  state: ActionState;
  options: EventFormOptions;
  editing: boolean;
  defaults: { leadDepartmentId: string; coHostIds: string[]; invitedHostIds?: string[] };
};

export function HostFields({ state, options, editing, defaults }: Props) {
  const invited = (id: string) => editing && (defaults.invitedHostIds ?? []).includes(id);
  const locked = (id: string) =>
    editing && defaults.coHostIds.includes(id) && options.protectedDepartmentIds.includes(id) && !invited(id);
  return (
    <>
      {!editing && (
        <SelectField
          {...bindFields(state, defaults)("leadDepartmentId")}
          label="Hosting department"
          options={options.leadDepartments}
          placeholder={options.leadDepartments.length === 1 ? undefined : "Choose your department…"}
        />
      )}
      <CheckboxGroup
        name="coHostIds"
        legend={editing ? "Hosting departments" : "Co-hosts (optional)"}
        error={fieldError(state, "coHostIds")}
        checked={typedListOr(state, "coHostIds", defaults.coHostIds)}
        hint={
          editing
            ? "Hosts you are not staff of stay; only their own staff can remove them. Untick an invitation to withdraw it."
            : "Other departments are invited: the event shows as theirs, and their staff can edit it, once they accept."
        }
        options={options.departments.map((d) => ({
          ...d,
          label: invited(d.value) ? `${d.label}, invited: no answer yet` : d.label,
          disabled: locked(d.value),
        }))}
      />
    </>
  );
}
