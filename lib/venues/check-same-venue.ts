// Before a venue is created from the event form, or saved from its edit form: is it one
// the site already has (lib/venues/same-venue.ts says how names and addresses compare)?
// Until the person has answered, the form comes back naming the venue found, next to the
// venue's name, with all that was typed (docs/decisions/0017).
import "server-only";
import { InputError } from "@/lib/actions/input-error";
import { findSameVenue } from "./queries";
import { CREATE_ANYWAY, venueAddressLine } from "./same-venue";
import type { NewVenueInput, UpdateVenueInput } from "./schemas";

type Typed = Pick<
  NewVenueInput,
  "venueName" | "streetAddress" | "city" | "state" | "postalCode" | "sameVenue"
>;

function asked(found: { id: string } & Parameters<typeof venueAddressLine>[0], question: string) {
  const line = venueAddressLine(found);
  return new InputError(
    { venueName: [`A venue with this name and address exists: ${line}. ${question}`] },
    "This venue may already exist: choose below what to do.",
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
  throw asked(found, "Use it, or create a new one anyway.");
}

/** A venue edited into the name and address of another: saved only once the person says it is a different place. */
export async function assertNotAnotherVenue(input: UpdateVenueInput): Promise<void> {
  const found = await findSameVenue(typedAddress(input), input.venueId);
  if (found && input.sameVenue !== CREATE_ANYWAY) {
    throw asked(found, "Save anyway if this is a different place, or correct the name or address.");
  }
}
