// The address of a new venue, inside the event form. Read only when "A new venue" is chosen.
// When the venue typed already exists, the form comes back offering it (see SameVenueChoice).
import { bindFields, type ActionState } from "@/lib/actions/state";
import { SelectField } from "@/components/forms/field";
import { SameVenueChoice, type SameVenueLabels } from "./same-venue-choice";
import { VenueFields, type VenueFieldsLabels } from "./venue-fields";

/** The new venue's words, in the page's language (eventFormLabels, ./event-form-labels.tsx). */
export type NewVenueLabels = {
  legend: string;
  timeZone: string;
  /** The time zones, named in the page's language. */
  zones: { value: string; label: string }[];
  venue: VenueFieldsLabels;
  sameVenue: SameVenueLabels;
};

type Props = {
  state: ActionState;
  defaultTimeZone: string;
  labels: NewVenueLabels;
  /** What the fields start with (e.g. a place typed in a proposal). */
  defaults?: Record<string, string>;
};

export function NewVenueFields({ state, defaultTimeZone, labels, defaults }: Props) {
  const field = bindFields<Record<string, string>>(state, { timeZone: defaultTimeZone, ...defaults });
  return (
    <fieldset className="space-y-4 rounded-lg border-2 border-slate-300 p-4">
      <legend className="px-1 font-semibold">{labels.legend}</legend>
      <VenueFields
        inline
        labels={labels.venue}
        field={field}
        afterName={<SameVenueChoice state={state} labels={labels.sameVenue} />}
        timeZone={<SelectField {...field("timeZone")} label={labels.timeZone} options={labels.zones} />}
      />
    </fieldset>
  );
}
