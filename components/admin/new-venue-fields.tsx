// The address of a new venue, inside the event form. Read only when "A new venue" is chosen.
// When the venue typed already exists, the form comes back offering it (see SameVenueChoice).
import { bindFields, typedOr, type ActionState } from "@/lib/actions/state";
import { CREATE_ANYWAY } from "@/lib/venues/same-venue";
import { SelectField } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/choice-group";
import { VenueFields } from "./venue-fields";
import { ZONE_OPTIONS } from "./place-options";

/** "A venue with this name and address exists": use it, or create the one typed anyway. */
function SameVenueChoice({ state }: { state: ActionState }) {
  const offer = typedOr(state, "sameVenueOffer", "");
  const line = typedOr(state, "sameVenueOfferLine", "");
  if (!offer) return null;
  return (
    <div className="space-y-2 rounded-md border-2 border-amber-600 bg-amber-50 p-3">
      {/* Sent back with the choice, so that it survives another error on the next send. */}
      <input type="hidden" name="sameVenueOffer" value={offer} />
      <input type="hidden" name="sameVenueOfferLine" value={line} />
      <RadioGroup
        name="sameVenue"
        legend="This venue may already exist"
        checked={typedOr(state, "sameVenue", "")}
        options={[
          { value: offer, label: <>Use the existing venue: {line}</> },
          { value: CREATE_ANYWAY, label: "Create a new venue anyway (it is a different place)" },
        ]}
      />
      <p className="text-sm text-slate-700">Then send the form again with the button below.</p>
    </div>
  );
}

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
