"use client";
import { useActionState } from "react";
import { IDLE, fieldError, formKey, typedOr, type ActionState } from "@/lib/actions/state";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { VenueFields, type VenueFieldName } from "./venue-fields";

export type VenueDefaults = Record<"venueId" | VenueFieldName, string>;

const LABELS: Record<string, string> = {
  venueName: "Venue name",
  streetAddress: "Street address",
  city: "City",
  state: "State",
  postalCode: "ZIP code",
  latitude: "Latitude",
  longitude: "Longitude",
};

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
        text={(name) => typedOr(state, name, defaults[name])}
        error={(name) => fieldError(state, name)}
        timeZone={<p className="text-slate-700">Time zone: {zone} (its events keep their times).</p>}
      />
      <SubmitButton>Save venue</SubmitButton>
    </form>
  );
}
