"use client";
import { useActionState } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { SelectField, TextField } from "@/components/forms/field";
import { Checkbox } from "@/components/forms/choice-group";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

const ROLE_OPTIONS = [
  { value: "STAFF", label: "Staff: posts and manages events" },
  { value: "MODERATOR", label: "Moderator: reviews comments" },
];

const LABELS = { email: "Email", name: "Name", departmentId: "Department", role: "Role" };

/** Invite a new person, or (with userId) give an existing person another role. */
export function RoleForm({
  action,
  departments,
  userId,
}: {
  action: Action;
  departments: Option[];
  userId?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const field = bindFields<Record<string, string>>(state, { role: "STAFF" });
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {userId ? (
        <input type="hidden" name="userId" value={userId} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field("name")} label="Name" autoComplete="off" />
          <TextField {...field("email")} label="Email" type="email" autoComplete="off" />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          {...field("departmentId")}
          label="Department"
          options={departments}
          placeholder="Choose…"
        />
        <SelectField {...field("role")} label="Role" options={ROLE_OPTIONS} />
      </div>
      <Checkbox
        name="overrideDomain"
        label="Allow this email anyway"
        checked={state.status === "error" && state.values.overrideDomain !== undefined}
        hint="Staff normally need an email on the department's verified domains. Tick only after checking who this is."
      />
      <SubmitButton>{userId ? "Add this role" : "Send invitation"}</SubmitButton>
    </form>
  );
}
