// "A venue with this name and address exists": shown under the venue's name when the
// server found one (lib/venues/check-same-venue.ts). From the event form: use it, or
// create the one typed anyway; from a venue's edit form: save anyway.
import { typedOr, type ActionState } from "@/lib/actions/state";
import { CREATE_ANYWAY } from "@/lib/venues/same-venue";
import { Checkbox, RadioGroup } from "@/components/forms/choice-group";

/** The choice's words, in the page's language (sameVenueLabels, ./venue-form-labels.ts). */
export type SameVenueLabels = {
  saveAnyway: string;
  legend: string;
  /** With "{line}" where the existing venue's address goes. */
  useExisting: string;
  createAnyway: string;
  sendAgain: string;
};

type Props = { state: ActionState; labels: SameVenueLabels; editing?: boolean };

export function SameVenueChoice({ state, labels, editing = false }: Props) {
  const offer = typedOr(state, "sameVenueOffer", "");
  const line = typedOr(state, "sameVenueOfferLine", "");
  if (!offer) return null;
  const chosen = typedOr(state, "sameVenue", "");
  return (
    <div className="space-y-2 rounded-md border-2 border-amber-600 bg-amber-50 p-3">
      {/* Sent back with the answer, so that it survives another error on the next send. */}
      <input type="hidden" name="sameVenueOffer" value={offer} />
      <input type="hidden" name="sameVenueOfferLine" value={line} />
      {editing ? (
        <Checkbox
          name="sameVenue"
          value={CREATE_ANYWAY}
          checked={chosen === CREATE_ANYWAY}
          label={labels.saveAnyway}
        />
      ) : (
        <RadioGroup
          name="sameVenue"
          legend={labels.legend}
          checked={chosen}
          options={[
            { value: offer, label: labels.useExisting.replace("{line}", () => line) },
            { value: CREATE_ANYWAY, label: labels.createAnyway },
          ]}
        />
      )}
      <p className="text-sm text-slate-700">{labels.sendAgain}</p>
    </div>
  );
}
