"use client";
// The recap: roughly how many came and what was talked about. Works without JavaScript.
import { useActionState } from "react";
import { bindFields, formKey, IDLE } from "@/lib/actions/state";
import { saveRecapAction } from "@/lib/recaps/actions";
import { RECAP_LIMITS as L } from "@/lib/recaps/limits";
import { TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

const LABELS = { attendance: "About how many people came", summary: "What was talked about" };

export function RecapForm({
  eventId,
  stored,
}: {
  eventId: string;
  stored: { attendance: string; summary: string } | null;
}) {
  const [state, formAction] = useActionState(saveRecapAction, IDLE);
  const field = bindFields(state, stored ?? undefined);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <FormStatus state={state} labels={LABELS} />
      <TextField
        {...field("attendance")}
        label={LABELS.attendance}
        hint="A rough count is fine, e.g. 25."
        inputMode="numeric"
        maxLength={6}
      />
      <TextArea
        {...field("summary")}
        label={LABELS.summary}
        hint="Shown first on the event's page. Name no resident without their consent."
        maxLength={L.summary.max}
        rows={6}
      />
      <SubmitButton pendingLabel="Saving…">{stored ? "Save the recap" : "Publish the recap"}</SubmitButton>
    </form>
  );
}
