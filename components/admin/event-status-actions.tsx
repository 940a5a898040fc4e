"use client";
// Publish, unpublish, cancel (with the reason residents will read) and delete a draft.
import { useActionState } from "react";
import { IDLE, fieldError, typedOr, type ActionState } from "@/lib/actions/state";
import { TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

export function EventButtonForm({
  action,
  eventId,
  label,
  variant = "secondary",
  confirmText,
}: {
  action: Action;
  eventId: string;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  confirmText?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="eventId" value={eventId} />
      <FormStatus state={state} labels={{}} />
      {confirmText && <p className="text-sm text-slate-700">{confirmText}</p>}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}

export function CancelEventForm({ action, eventId }: { action: Action; eventId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="eventId" value={eventId} />
      <FormStatus state={state} labels={{ reason: "Reason" }} />
      <TextField
        name="reason"
        label="Reason for cancelling"
        defaultValue={typedOr(state, "reason", "")}
        error={fieldError(state, "reason")}
        maxLength={300}
        hint="Shown on the event page, e.g. “Cancelled because of the snowstorm; see you next month.”"
      />
      <SubmitButton variant="danger">Cancel this event</SubmitButton>
    </form>
  );
}
