"use client";
import { useActionState } from "react";
import { IDLE, fieldError, formKey, type FormAction } from "@/lib/actions/state";
import { LOGO_ACCEPT } from "@/lib/departments/limits";
import { FileField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

export type DepartmentLogoFormLabels = { logo: string; hint: string; submit: string };

type Props = { action: FormAction; departmentId: string; labels: DepartmentLogoFormLabels };

export function DepartmentLogoForm({ action, departmentId, labels }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={{ logo: labels.logo }} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <FileField
        name="logo"
        label={labels.logo}
        accept={LOGO_ACCEPT}
        error={fieldError(state, "logo")}
        hint={labels.hint}
      />
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
