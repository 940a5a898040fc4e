// A venue's address, map position and notes: typed inline in the event form (a new
// venue), and on the venue's own edit page. The same names as lib/venues/schemas.ts.
import type { ReactNode } from "react";
import { US_STATE_NAMES } from "@/lib/geo/us-states";
import { SelectField, TextArea, TextField } from "@/components/forms/field";

const STATES = Object.entries(US_STATE_NAMES).map(([value, label]) => ({ value, label }));

export type VenueFieldName =
  | "venueName"
  | "streetAddress"
  | "city"
  | "state"
  | "postalCode"
  | "latitude"
  | "longitude"
  | "venueAccessibilityNotes"
  | "parkingNotes";

type Props = {
  /** The value to show: what was typed after an error, else the default. */
  text: (name: VenueFieldName) => string;
  error: (name: string) => string | undefined;
  /** Between the address and the map position: the venue's time zone. */
  timeZone: ReactNode;
  /** Inside the event form: the browser may fill the address, the map position folds away, notes say they are optional. */
  inline?: boolean;
};

export function VenueFields({ text, error, timeZone, inline = false }: Props) {
  const coordinates = (hint?: string) => (
    <div className={inline ? "mt-2 grid gap-4 sm:grid-cols-2" : "grid gap-4 sm:grid-cols-2"}>
      <TextField
        name="latitude"
        label="Latitude"
        defaultValue={text("latitude")}
        error={error("latitude")}
        inputMode="decimal"
        hint={hint}
      />
      <TextField
        name="longitude"
        label="Longitude"
        defaultValue={text("longitude")}
        error={error("longitude")}
        inputMode="decimal"
      />
    </div>
  );
  return (
    <>
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
        autoComplete={inline ? "street-address" : undefined}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="city" label="City" defaultValue={text("city")} error={error("city")} />
        <SelectField
          name="state"
          label="State"
          defaultValue={text("state")}
          error={error("state")}
          options={STATES}
          placeholder={inline ? "Choose…" : undefined}
        />
        <TextField
          name="postalCode"
          label="ZIP code"
          defaultValue={text("postalCode")}
          error={error("postalCode")}
          inputMode="numeric"
          autoComplete={inline ? "postal-code" : undefined}
        />
      </div>
      {timeZone}
      {inline ? (
        <details open={Boolean(error("latitude") ?? error("longitude"))}>
          <summary className="cursor-pointer font-semibold">Map position (optional)</summary>
          <p className="mt-2 text-sm text-slate-700">
            Left empty, the map shows the centre of the ZIP code. To be exact, copy the coordinates from a
            map.
          </p>
          {coordinates()}
        </details>
      ) : (
        coordinates("Where the map pin goes. Copy it from a map to be exact.")
      )}
      <TextArea
        name="venueAccessibilityNotes"
        label={inline ? "Venue accessibility (optional)" : "Accessibility"}
        rows={2}
        defaultValue={text("venueAccessibilityNotes")}
        error={error("venueAccessibilityNotes")}
      />
      <TextArea
        name="parkingNotes"
        label={inline ? "Parking (optional)" : "Parking"}
        rows={2}
        defaultValue={text("parkingNotes")}
        error={error("parkingNotes")}
      />
    </>
  );
}
