// The address of a new venue, inside the event form. Read only when "A new venue" is chosen.
// When the venue typed already exists, the form comes back offering it (see SameVenueChoice).
import { bindFields, type ActionState } from "@/lib/actions/state";
import { SelectField } from "@/components/forms/field";
import { SameVenueChoice } from "./same-venue-choice";
import { VenueFields } from "./venue-fields";
import { ZONE_OPTIONS } from "./place-options";

export function NewVenueFields({ state, defaultTimeZone }: { state: ActionState; defaultTimeZone: string }) {
  const field = bindFields<Record<string, string>>(state, { timeZone: defaultTimeZone });
  return (
    <fieldset className="space-y-4 rounded-lg border-2 border-slate-300 p-4">
      <legend className="px-1 font-semibold">New venue (only if you chose “A new venue”)</legend>
      <VenueFields
        inline
        field={field}
        afterName={<SameVenueChoice state={state} />}
        timeZone={<SelectField {...field("timeZone")} label="Time zone" options={ZONE_OPTIONS} />}
      />
    </fieldset>
  );
}
