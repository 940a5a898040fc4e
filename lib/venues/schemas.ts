// A new venue typed into the event form (or the venue form): the address, the ZIP code
// (coordinates come from the offline ZIP data unless typed), and the venue's time zone.
import { z } from "zod";
import { optionalNumber, optionalText, requiredNumber, requiredText, usState } from "@/lib/actions/fields";
import { SUPPORTED_TIME_ZONES } from "@/lib/time/zones";

export const NewVenueSchema = z.object({
  venueName: requiredText("the venue's name", 2, 120),
  streetAddress: requiredText("the street address", 3, 200),
  city: requiredText("the city", 2, 80),
  state: usState,
  postalCode: z
    .string({ error: "Enter a 5-digit ZIP code." })
    .trim()
    .regex(/^\d{5}$/, "Enter a 5-digit ZIP code, e.g. 06108."),
  latitude: optionalNumber("Latitude", -90, 90),
  longitude: optionalNumber("Longitude", -180, 180),
  timeZone: z.enum(SUPPORTED_TIME_ZONES as [string, ...string[]], { error: "Choose the venue's time zone." }),
  venueAccessibilityNotes: optionalText("accessibility notes", 1000),
  parkingNotes: optionalText("parking notes", 500),
  /** After the form found the venue typed already exists: its id (use it), or "new" (create anyway). */
  sameVenue: z.string().trim().max(40).optional(),
});

export type NewVenueInput = z.output<typeof NewVenueSchema>;

/** Editing a venue: its address, map position and notes (its time zone stays, as its events keep theirs). */
export const UpdateVenueSchema = NewVenueSchema.omit({ timeZone: true }).extend({
  venueId: z.string().trim().min(1, "The venue is missing."),
  latitude: requiredNumber("Latitude", -90, 90),
  longitude: requiredNumber("Longitude", -180, 180),
});

export type UpdateVenueInput = z.output<typeof UpdateVenueSchema>;
