"use client";
import { useActionState } from "react";
import { IDLE, bindFields, formKey, type ActionState } from "@/lib/actions/state";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { VenueFields, type VenueFieldName, type VenueFieldsLabels } from "./venue-fields";
import { SameVenueChoice, type SameVenueLabels } from "./same-venue-choice";

export type VenueDefaults = Record<"venueId" | VenueFieldName, string>;

/** The form's words, in the page's language (venueFormLabels, ./venue-form-labels.ts). */
export type VenueFormLabels = {
  /** Field names as the error summary lists them. */
  fields: Record<string, string>;
  venue: VenueFieldsLabels;
  sameVenue: SameVenueLabels;
  /** The venue's time zone, which stays: already holds the zone's name. */
  timeZone: string;
  save: string;
};

export function VenueForm({
  action,
  defaults,
  labels,
}: {
  action: (s: ActionState, d: FormData) => Promise<ActionState>;
  defaults: VenueDefaults;
  labels: VenueFormLabels;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} labels={labels.fields} />
      <input type="hidden" name="venueId" value={defaults.venueId} />
      <VenueFields
        labels={labels.venue}
        field={bindFields(state, defaults)}
        afterName={<SameVenueChoice state={state} labels={labels.sameVenue} editing />}
        timeZone={<p className="text-slate-700">{labels.timeZone}</p>}
      />
      <SubmitButton>{labels.save}</SubmitButton>
    </form>
  );
}
