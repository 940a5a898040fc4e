"use client";
import { useActionState } from "react";
import { IDLE, fieldError, formKey, typedOr, type ActionState } from "@/lib/actions/state";
import { US_STATE_NAMES } from "@/lib/geo/us-states";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

export type VenueDefaults = Record<
  | "venueId"
  | "venueName"
  | "streetAddress"
  | "city"
  | "state"
  | "postalCode"
  | "latitude"
  | "longitude"
  | "venueAccessibilityNotes"
  | "parkingNotes",
  string
>;

const LABELS: Record<string, string> = {
  venueName: "Venue name",
  streetAddress: "Street address",
  city: "City",
  state: "State",
  postalCode: "ZIP code",
  latitude: "Latitude",
  longitude: "Longitude",
};
const STATES = Object.entries(US_STATE_NAMES).map(([value, label]) => ({ value, label }));

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
  const text = (name: keyof VenueDefaults) => typedOr(state, name, defaults[name]);
  const error = (name: string) => fieldError(state, name);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <input type="hidden" name="venueId" value={defaults.venueId} />
      <TextField
        name="venueName"
        label="Venue name"
        defaultValue={text("venueName")}
        error={error("venueName")}
      />
      <TextField
        name="streetAddress"
        label="Street address"
        defaultValue={text("streetAddress")}
        error={error("streetAddress")}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="city" label="City" defaultValue={text("city")} error={error("city")} />
        <SelectField
          name="state"
          label="State"
          defaultValue={text("state")}
          error={error("state")}
          options={STATES}
        />
        <TextField
          name="postalCode"
          label="ZIP code"
          defaultValue={text("postalCode")}
          error={error("postalCode")}
          inputMode="numeric"
        />
      </div>
      <p className="text-slate-700">Time zone: {zone} (its events keep their times).</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="latitude"
          label="Latitude"
          defaultValue={text("latitude")}
          error={error("latitude")}
          inputMode="decimal"
          hint="Where the map pin goes. Copy it from a map to be exact."
        />
        <TextField
          name="longitude"
          label="Longitude"
          defaultValue={text("longitude")}
          error={error("longitude")}
          inputMode="decimal"
        />
      </div>
      <TextArea
        name="venueAccessibilityNotes"
        label="Accessibility"
        defaultValue={text("venueAccessibilityNotes")}
        error={error("venueAccessibilityNotes")}
        rows={2}
      />
      <TextArea
        name="parkingNotes"
        label="Parking"
        defaultValue={text("parkingNotes")}
        error={error("parkingNotes")}
        rows={2}
      />
      <SubmitButton>Save venue</SubmitButton>
    </form>
  );
}
