"use client";
import { useActionState } from "react";
import { IDLE, fieldError, formKey, typedOr, type ActionState } from "@/lib/actions/state";
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
  const text = (name: string, fallback = "") => typedOr(state, name, fallback);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={LABELS} />
      {userId ? (
        <input type="hidden" name="userId" value={userId} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="name"
            label="Name"
            defaultValue={text("name")}
            error={fieldError(state, "name")}
            autoComplete="off"
          />
          <TextField
            name="email"
            label="Email"
            type="email"
            defaultValue={text("email")}
            error={fieldError(state, "email")}
            autoComplete="off"
          />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="departmentId"
          label="Department"
          defaultValue={text("departmentId")}
          error={fieldError(state, "departmentId")}
          options={departments}
          placeholder="Choose…"
        />
        <SelectField
          name="role"
          label="Role"
          defaultValue={text("role", "STAFF")}
          error={fieldError(state, "role")}
          options={ROLE_OPTIONS}
        />
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
