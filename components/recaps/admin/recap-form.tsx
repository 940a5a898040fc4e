"use client";
// The recap: roughly how many came and what was talked about. Works without JavaScript.
import { useActionState } from "react";
import { bindFields, formKey, IDLE } from "@/lib/actions/state";
import { saveRecapAction } from "@/lib/recaps/actions";
import { RECAP_LIMITS as L } from "@/lib/recaps/limits";
import { TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

export type RecapFormLabels = {
  fields: { attendance: string; summary: string };
  attendanceHint: string;
  summaryHint: string;
  saving: string;
  save: string;
  publish: string;
};

export function RecapForm({
  eventId,
  stored,
  labels,
}: {
  eventId: string;
  stored: { attendance: string; summary: string } | null;
  labels: RecapFormLabels;
}) {
  const [state, formAction] = useActionState(saveRecapAction, IDLE);
  const field = bindFields(state, stored ?? undefined);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <FormStatus state={state} labels={labels.fields} />
      <TextField
        {...field("attendance")}
        label={labels.fields.attendance}
        hint={labels.attendanceHint}
        inputMode="numeric"
        maxLength={6}
      />
      <TextArea
        {...field("summary")}
        label={labels.fields.summary}
        hint={labels.summaryHint}
        maxLength={L.summary.max}
        rows={6}
      />
      <SubmitButton pendingLabel={labels.saving}>{stored ? labels.save : labels.publish}</SubmitButton>
    </form>
  );
}
