"use client";
// One button that runs a server action on a record (publish, revoke, deactivate…),
// with its error shown beside it. Works without JavaScript.
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/actions/state";
import { FormStatus, SubmitButton } from "./form-status";

type Props = {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  confirmText?: string;
};

export function ButtonForm({ action, hidden, label, variant = "secondary", confirmText }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} labels={{}} />
      {confirmText && <p className="text-sm text-slate-700">{confirmText}</p>}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
