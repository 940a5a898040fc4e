"use client";
import { useActionState } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

type Field = "operatorName" | "contactEmail" | "accessibilityEmail";

/** The form's words in the page's language, from its server parent (app/[locale]/admin/site/page.tsx). */
export type SiteSettingsFormLabels = {
  fields: Record<Field, string>;
  hints: Record<Field, string>;
  save: string;
};

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  stored: Record<Field, string>;
  labels: SiteSettingsFormLabels;
};

/** The trust pages' operator details; a field left empty falls back to the server's setting. */
export function SiteSettingsForm({ action, stored, labels }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const field = bindFields(state, stored);
  const { fields, hints } = labels;
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={fields} />
      <TextField {...field("operatorName")} label={fields.operatorName} hint={hints.operatorName} />
      <TextField
        {...field("contactEmail")}
        label={fields.contactEmail}
        hint={hints.contactEmail}
        type="email"
        autoComplete="off"
      />
      <TextField
        {...field("accessibilityEmail")}
        label={fields.accessibilityEmail}
        hint={hints.accessibilityEmail}
        type="email"
        autoComplete="off"
      />
      <SubmitButton>{labels.save}</SubmitButton>
    </form>
  );
}
