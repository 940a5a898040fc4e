// A venue's address, map position and notes: typed inline in the event form (a new
// venue), and on the venue's own edit page. The same names as lib/venues/schemas.ts.
import type { ReactNode } from "react";
import { SelectField, TextArea, TextField } from "@/components/forms/field";

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

/** The venue fields' words, in the page's language (venueFieldsLabels, ./venue-form-labels.ts). */
export type VenueFieldsLabels = {
  venueName: string;
  streetAddress: string;
  city: string;
  state: string;
  /** The states, named in the page's language. */
  states: { value: string; label: string }[];
  choose: string;
  postalCode: string;
  latitude: string;
  longitude: string;
  mapPosition: string;
  mapPositionHint: string;
  pinHint: string;
  accessibility: string;
  accessibilityOptional: string;
  parking: string;
  parkingOptional: string;
};

type Props = {
  labels: VenueFieldsLabels;
  /** A field bound to the form's state: its name, the value to show and its error. */
  field: (name: VenueFieldName) => { name: string; defaultValue: string; error: string | undefined };
  /** Between the address and the map position: the venue's time zone. */
  timeZone: ReactNode;
  /** Inside the event form: the browser may fill the address, the map position folds away, notes say they are optional. */
  inline?: boolean;
  /** Right under the name: e.g. the choice to use a venue with the same name and address. */
  afterName?: ReactNode;
};

export function VenueFields({ labels, field, timeZone, inline = false, afterName }: Props) {
  const coordinates = (hint?: string) => (
    <div className={inline ? "mt-2 grid gap-4 sm:grid-cols-2" : "grid gap-4 sm:grid-cols-2"}>
      <TextField {...field("latitude")} label={labels.latitude} inputMode="decimal" hint={hint} />
      <TextField {...field("longitude")} label={labels.longitude} inputMode="decimal" />
    </div>
  );
  return (
    <>
      <TextField {...field("venueName")} label={labels.venueName} />
      {afterName}
      <TextField
        {...field("streetAddress")}
        label={labels.streetAddress}
        autoComplete={inline ? "street-address" : undefined}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField {...field("city")} label={labels.city} />
        <SelectField
          {...field("state")}
          label={labels.state}
          options={labels.states}
          placeholder={inline ? labels.choose : undefined}
        />
        <TextField
          {...field("postalCode")}
          label={labels.postalCode}
          inputMode="numeric"
          autoComplete={inline ? "postal-code" : undefined}
        />
      </div>
      {timeZone}
      {inline ? (
        <details open={Boolean(field("latitude").error ?? field("longitude").error)}>
          <summary className="cursor-pointer font-semibold">{labels.mapPosition}</summary>
          <p className="mt-2 text-sm text-slate-700">{labels.mapPositionHint}</p>
          {coordinates()}
        </details>
      ) : (
        coordinates(labels.pinHint)
      )}
      <TextArea
        {...field("venueAccessibilityNotes")}
        label={inline ? labels.accessibilityOptional : labels.accessibility}
        rows={2}
      />
      <TextArea
        {...field("parkingNotes")}
        label={inline ? labels.parkingOptional : labels.parking}
        rows={2}
      />
    </>
  );
}
