"use client";
import { useActionState } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { SelectField, TextField } from "@/components/forms/field";
import { Checkbox } from "@/components/forms/choice-group";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

/** The form's words in the page's language (roleFormLabels, components/admin/invite-user-form-labels.ts). */
export type RoleFormLabels = {
  fields: { email: string; name: string; departmentId: string; role: string; emailLanguage: string };
  roles: Option[];
  /** The invitation's languages, the page's own first chosen. */
  emailLanguages: Option[];
  emailLanguageHint: string;
  pageLanguage: string;
  choose: string;
  override: string;
  overrideHint: string;
  add: string;
  invite: string;
};

/** Invite a new person, or (with userId) give an existing person another role. */
export function RoleForm({
  action,
  departments,
  userId,
  labels,
}: {
  action: Action;
  departments: Option[];
  userId?: string;
  labels: RoleFormLabels;
}) {
  const { fields } = labels;
  const [state, formAction] = useActionState(action, IDLE);
  const field = bindFields<Record<string, string>>(state, {
    role: "STAFF",
    emailLanguage: labels.pageLanguage,
  });
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={fields} />
      {userId ? (
        <input type="hidden" name="userId" value={userId} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field("name")} label={fields.name} autoComplete="off" />
          <TextField {...field("email")} label={fields.email} type="email" autoComplete="off" />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          {...field("departmentId")}
          label={fields.departmentId}
          options={departments}
          placeholder={labels.choose}
        />
        <SelectField {...field("role")} label={fields.role} options={labels.roles} />
      </div>
      {!userId && (
        <SelectField
          {...field("emailLanguage")}
          label={fields.emailLanguage}
          options={labels.emailLanguages}
          hint={labels.emailLanguageHint}
        />
      )}
      <Checkbox
        name="overrideDomain"
        label={labels.override}
        checked={state.status === "error" && state.values.overrideDomain !== undefined}
        hint={labels.overrideHint}
      />
      <SubmitButton>{userId ? labels.add : labels.invite}</SubmitButton>
    </form>
  );
}
