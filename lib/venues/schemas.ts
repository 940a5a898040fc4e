// A new venue typed into the event form (or the venue form): the address, the ZIP code
// (coordinates come from the offline ZIP data unless typed), and the venue's time zone.
import { z } from "zod";
import { optionalNumber, optionalText, requiredNumber, requiredText, usState } from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { SUPPORTED_TIME_ZONES } from "@/lib/time/zones";

/** The messages people read, by key in the catalogs (messages/*.json, AdminVenues.errors). */
const E = "AdminVenues.errors";

export const NewVenueSchema = z.object({
  venueName: requiredText(`${E}.venueName`, 2, 120),
  streetAddress: requiredText(`${E}.streetAddress`, 3, 200),
  city: requiredText(`${E}.city`, 2, 80),
  state: usState,
  postalCode: z
    .string({ error: messageKey(`${E}.postalCode.missing`) })
    .trim()
    .regex(/^\d{5}$/, messageKey(`${E}.postalCode.shape`)),
  latitude: optionalNumber(`${E}.latitude`, -90, 90),
  longitude: optionalNumber(`${E}.longitude`, -180, 180),
  timeZone: z.enum(SUPPORTED_TIME_ZONES as [string, ...string[]], { error: messageKey(`${E}.timeZone`) }),
  venueAccessibilityNotes: optionalText(`${E}.accessibilityNotes`, 1000),
  parkingNotes: optionalText(`${E}.parkingNotes`, 500),
  /** After the form found the venue typed already exists: its id (use it), or "new" (create anyway). */
  sameVenue: z.string().trim().max(40).optional(),
});

export type NewVenueInput = z.output<typeof NewVenueSchema>;

/** Editing a venue: its address, map position and notes (its time zone stays, as its events keep theirs). */
export const UpdateVenueSchema = NewVenueSchema.omit({ timeZone: true }).extend({
  venueId: z
    .string()
    .trim()
    .min(1, messageKey(`${E}.venueMissing`)),
  latitude: requiredNumber(`${E}.latitude`, -90, 90),
  longitude: requiredNumber(`${E}.longitude`, -180, 180),
});

export type UpdateVenueInput = z.output<typeof UpdateVenueSchema>;
