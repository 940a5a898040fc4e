// A new venue typed into the event form (or the venue form): the address, the ZIP code
// (coordinates come from the offline ZIP data unless typed), and the venue's time zone.
import { z } from "zod";
import { usState } from "@/lib/actions/fields";
import {
  keyedOptionalNumber,
  keyedOptionalText,
  keyedRequiredNumber,
  keyedRequiredText,
} from "@/lib/actions/keyed-fields";
import { messageKey } from "@/lib/actions/message-key";
import { SUPPORTED_TIME_ZONES } from "@/lib/time/zones";

/** The messages people read, by key in the catalogs (messages/*.json, AdminVenues.errors). */
const E = "AdminVenues.errors";

export const NewVenueSchema = z.object({
  venueName: keyedRequiredText(`${E}.venueName`, 2, 120),
  streetAddress: keyedRequiredText(`${E}.streetAddress`, 3, 200),
  city: keyedRequiredText(`${E}.city`, 2, 80),
  state: usState,
  postalCode: z
    .string({ error: messageKey(`${E}.postalCode.missing`) })
    .trim()
    .regex(/^\d{5}$/, messageKey(`${E}.postalCode.shape`)),
  latitude: keyedOptionalNumber(`${E}.latitude`, -90, 90),
  longitude: keyedOptionalNumber(`${E}.longitude`, -180, 180),
  timeZone: z.enum(SUPPORTED_TIME_ZONES as [string, ...string[]], { error: messageKey(`${E}.timeZone`) }),
  venueAccessibilityNotes: keyedOptionalText(`${E}.accessibilityNotes`, 1000),
  parkingNotes: keyedOptionalText(`${E}.parkingNotes`, 500),
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
  latitude: keyedRequiredNumber(`${E}.latitude`, -90, 90),
  longitude: keyedRequiredNumber(`${E}.longitude`, -180, 180),
});

export type UpdateVenueInput = z.output<typeof UpdateVenueSchema>;
