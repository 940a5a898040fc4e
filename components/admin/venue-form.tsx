"use client";
import { useActionState } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { VenueFields, type VenueFieldName } from "./venue-fields";
import { SameVenueChoice } from "./same-venue-choice";
import { VENUE_FIELD_LABELS as LABELS } from "./form-labels";

export type VenueDefaults = Record<"venueId" | VenueFieldName, string>;

export function VenueForm({
  action,
  defaults,
  zone,
}: {
  action: (s: ActionState, d: FormData) => Promise<ActionState>;
  defaults: VenueDefaults;
  zone: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <input type="hidden" name="venueId" value={defaults.venueId} />
      <VenueFields
        field={bindFields(state, defaults)}
        afterName={<SameVenueChoice state={state} editing />}
        timeZone={<p className="text-slate-700">Time zone: {zone} (its events keep their times).</p>}
      />
      <SubmitButton>Save venue</SubmitButton>
    </form>
  );
}
