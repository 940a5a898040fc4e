"use client";
import { useActionState } from "react";
import { IDLE, fieldError, formKey, type FormAction } from "@/lib/actions/state";
import { LOGO_ACCEPT, LOGO_MAX_LABEL } from "@/lib/departments/limits";
import { FileField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

type Props = { action: FormAction; departmentId: string; hasLogo: boolean };

export function DepartmentLogoForm({ action, departmentId, hasLogo }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={{ logo: "Logo or seal" }} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <FileField
        name="logo"
        label="Logo or seal"
        accept={LOGO_ACCEPT}
        error={fieldError(state, "logo")}
        hint={`A PNG, JPEG or WebP image of at most ${LOGO_MAX_LABEL} (SVG is not accepted). A square image works best; it is shown at 64 and 128 pixels, and any photo data (camera, location) is removed.`}
      />
      <SubmitButton>{hasLogo ? "Replace the logo" : "Upload the logo"}</SubmitButton>
    </form>
  );
}
