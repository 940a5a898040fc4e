// The address of a new venue, inside the event form. Read only when "A new venue" is chosen.
import { fieldError, typedOr, type ActionState } from "@/lib/actions/state";
import { US_STATE_NAMES } from "@/lib/geo/us-states";
import { SUPPORTED_TIME_ZONES, zoneLabel } from "@/lib/time/zones";
import { SelectField, TextArea, TextField } from "@/components/forms/field";

const STATES = Object.entries(US_STATE_NAMES).map(([value, label]) => ({ value, label }));
const ZONES = SUPPORTED_TIME_ZONES.map((zone) => ({
  value: zone,
  label: zoneLabel(zone, new Date()).replace(/ \(.*\)$/, "") + ` — ${zone}`,
}));

export function NewVenueFields({ state, defaultTimeZone }: { state: ActionState; defaultTimeZone: string }) {
  const text = (name: string, fallback = "") => typedOr(state, name, fallback);
  const error = (name: string) => fieldError(state, name);
  return (
    <fieldset className="space-y-4 rounded-lg border-2 border-slate-300 p-4">
      <legend className="px-1 font-semibold">New venue (only if you chose “A new venue”)</legend>
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
        autoComplete="street-address"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="city" label="City" defaultValue={text("city")} error={error("city")} />
        <SelectField
          name="state"
          label="State"
          defaultValue={text("state")}
          error={error("state")}
          options={STATES}
          placeholder="Choose…"
        />
        <TextField
          name="postalCode"
          label="ZIP code"
          defaultValue={text("postalCode")}
          error={error("postalCode")}
          inputMode="numeric"
          autoComplete="postal-code"
        />
      </div>
      <SelectField
        name="timeZone"
        label="Time zone"
        defaultValue={text("timeZone", defaultTimeZone)}
        error={error("timeZone")}
        options={ZONES}
      />
      <details open={Boolean(error("latitude") ?? error("longitude"))}>
        <summary className="cursor-pointer font-semibold">Map position (optional)</summary>
        <p className="mt-2 text-sm text-slate-700">
          Left empty, the map shows the centre of the ZIP code. To be exact, copy the coordinates from a map.
        </p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <TextField
            name="latitude"
            label="Latitude"
            defaultValue={text("latitude")}
            error={error("latitude")}
            inputMode="decimal"
          />
          <TextField
            name="longitude"
            label="Longitude"
            defaultValue={text("longitude")}
            error={error("longitude")}
            inputMode="decimal"
          />
        </div>
      </details>
      <TextArea
        name="venueAccessibilityNotes"
        label="Venue accessibility (optional)"
        rows={2}
        defaultValue={text("venueAccessibilityNotes")}
        error={error("venueAccessibilityNotes")}
      />
      <TextArea
        name="parkingNotes"
        label="Parking (optional)"
        rows={2}
        defaultValue={text("parkingNotes")}
        error={error("parkingNotes")}
      />
    </fieldset>
  );
}
