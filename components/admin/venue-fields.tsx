// A venue's address, map position and notes: typed inline in the event form (a new
// venue), and on the venue's own edit page. The same names as lib/venues/schemas.ts.
import type { ReactNode } from "react";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { STATE_OPTIONS } from "./place-options";

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
  /** A field bound to the form's state: its name, the value to show and its error. */
  field: (name: VenueFieldName) => { name: string; defaultValue: string; error: string | undefined };
  /** Between the address and the map position: the venue's time zone. */
  timeZone: ReactNode;
  /** Inside the event form: the browser may fill the address, the map position folds away, notes say they are optional. */
  inline?: boolean;
  /** Right under the name: e.g. the choice to use a venue with the same name and address. */
  afterName?: ReactNode;
};

export function VenueFields({ field, timeZone, inline = false, afterName }: Props) {
  const coordinates = (hint?: string) => (
    <div className={inline ? "mt-2 grid gap-4 sm:grid-cols-2" : "grid gap-4 sm:grid-cols-2"}>
      <TextField {...field("latitude")} label="Latitude" inputMode="decimal" hint={hint} />
      <TextField {...field("longitude")} label="Longitude" inputMode="decimal" />
    </div>
  );
  return (
    <>
      <TextField {...field("venueName")} label="Venue name" />
      {afterName}
      <TextField
        {...field("streetAddress")}
        label="Street address"
        autoComplete={inline ? "street-address" : undefined}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField {...field("city")} label="City" />
        <SelectField
          {...field("state")}
          label="State"
          options={STATE_OPTIONS}
          placeholder={inline ? "Choose…" : undefined}
        />
        <TextField
          {...field("postalCode")}
          label="ZIP code"
          inputMode="numeric"
          autoComplete={inline ? "postal-code" : undefined}
        />
      </div>
      {timeZone}
      {inline ? (
        <details open={Boolean(field("latitude").error ?? field("longitude").error)}>
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
        {...field("venueAccessibilityNotes")}
        label={inline ? "Venue accessibility (optional)" : "Accessibility"}
        rows={2}
      />
      <TextArea {...field("parkingNotes")} label={inline ? "Parking (optional)" : "Parking"} rows={2} />
    </>
  );
}
