"use client";
// Cancel an event, with the reason residents will read.
import { useActionState } from "react";
import { IDLE, fieldError, formKey, typedOr, type ActionState } from "@/lib/actions/state";
import { TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

export function CancelEventForm({ action, eventId }: { action: Action; eventId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-3">
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
