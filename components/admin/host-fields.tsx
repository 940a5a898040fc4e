// Who hosts an event: the lead department (new events) and co-hosts. When editing, hosts
// the person is not staff of are shown ticked and locked; the server keeps them anyway.
import { fieldError, typedListOr, typedOr, type ActionState } from "@/lib/actions/state";
import type { EventFormOptions } from "@/lib/events/admin-form-options";
import { SelectField } from "@/components/forms/field";
import { CheckboxGroup } from "@/components/forms/choice-group";

type Props = {
  state: ActionState;
  options: EventFormOptions;
  editing: boolean;
  defaults: { leadDepartmentId: string; coHostIds: string[] };
};

export function HostFields({ state, options, editing, defaults }: Props) {
  const locked = (id: string) =>
    editing && defaults.coHostIds.includes(id) && options.protectedDepartmentIds.includes(id);
  return (
    <>
      {!editing && (
        <SelectField
          name="leadDepartmentId"
          label="Hosting department"
          defaultValue={typedOr(state, "leadDepartmentId", defaults.leadDepartmentId)}
          error={fieldError(state, "leadDepartmentId")}
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
            ? "Hosts you are not staff of stay; only their own staff can remove them."
            : "Other departments taking part. Their staff can edit the event too."
        }
        options={options.departments.map((d) => ({ ...d, disabled: locked(d.value) }))}
      />
    </>
  );
}
