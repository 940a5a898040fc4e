"use client";
// Change how often (and, near a ZIP code, how far), from the manage link of an alert email.
import { useActionState } from "react";
import { IDLE, typedOr } from "@/lib/actions/state";
import { changeSubscriptionAction } from "@/lib/alerts/actions";
import { SelectField } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/choice-group";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

export type ChangeFormLabels = {
  frequency: string;
  frequencies: { value: string; label: string }[];
  radius: string;
  radiusOptions: { value: string; label: string }[];
  save: string;
};

export function ChangeSubscriptionForm({
  token,
  frequency,
  radiusMiles,
  labels,
}: {
  token: string;
  frequency: string;
  /** Null for alerts from a department: they have no distance. */
  radiusMiles: number | null;
  labels: ChangeFormLabels;
}) {
  const [state, formAction] = useActionState(changeSubscriptionAction, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} labels={{ frequency: labels.frequency, radiusMiles: labels.radius }} />
      <input type="hidden" name="token" value={token} />
      <RadioGroup
        name="frequency"
        legend={labels.frequency}
        checked={typedOr(state, "frequency", frequency)}
        options={labels.frequencies}
      />
      {radiusMiles !== null && (
        <SelectField
          name="radiusMiles"
          label={labels.radius}
          defaultValue={typedOr(state, "radiusMiles", String(radiusMiles))}
          options={labels.radiusOptions}
        />
      )}
      <SubmitButton>{labels.save}</SubmitButton>
    </form>
  );
}
