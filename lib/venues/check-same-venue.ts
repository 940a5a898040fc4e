// Before a venue is created from the event form, or saved from its edit form: is it one
// the site already has (lib/venues/same-venue.ts says how names and addresses compare)?
// Until the person has answered, the form comes back naming the venue found, next to the
// venue's name, with all that was typed (docs/decisions/0017).
import "server-only";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { findSameVenue } from "./queries";
import { CREATE_ANYWAY, venueAddressLine } from "./same-venue";
import type { NewVenueInput, UpdateVenueInput } from "./schemas";

type Typed = Pick<
  NewVenueInput,
  "venueName" | "streetAddress" | "city" | "state" | "postalCode" | "sameVenue"
>;

/** What the person may do about the venue found: catalog keys under AdminVenues.errors.sameVenue. */
type Question = "useOrCreate" | "saveOrCorrect";

function asked(found: { id: string } & Parameters<typeof venueAddressLine>[0], question: Question) {
  const line = venueAddressLine(found);
  return new InputError(
    { venueName: [messageKey(`AdminVenues.errors.sameVenue.${question}`, { line })] },
    messageKey("AdminVenues.errors.sameVenue.formError"),
    409,
    { sameVenueOffer: found.id, sameVenueOfferLine: line },
  );
}

const typedAddress = (input: Typed) => ({ ...input, name: input.venueName });

/**
 * A venue typed into the event form: the id of the existing venue with the same name and
 * address when the person chose to use it, or null to create the one typed (no such
 * venue, or "create a new one anyway").
 */
export async function venueToUseInstead(input: NewVenueInput): Promise<string | null> {
  const found = await findSameVenue(typedAddress(input));
  if (!found || input.sameVenue === CREATE_ANYWAY) return null;
  if (input.sameVenue === found.id) return found.id;
  throw asked(found, "useOrCreate");
}

/** A venue edited into the name and address of another: saved only once the person says it is a different place. */
export async function assertNotAnotherVenue(input: UpdateVenueInput): Promise<void> {
  const found = await findSameVenue(typedAddress(input), input.venueId);
  if (found && input.sameVenue !== CREATE_ANYWAY) {
    throw asked(found, "saveOrCorrect");
  }
}
