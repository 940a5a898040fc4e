// Creates a venue typed into the event form: coordinates typed, or else the ZIP code's
// centre from the offline ZIP data (the person can correct them later). The department it
// is created for owns it: its staff may edit it later, others may only hold events there.
// It runs inside the event write's transaction, which has checked the acting user's rights.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { placeForZip } from "@/lib/geo/zip";
import { slugify } from "@/lib/text/slug";
import type { NewVenueInput } from "./schemas";

type Db = Prisma.TransactionClient;

export function venueCoordinates(input: NewVenueInput): { latitude: number; longitude: number } {
  if (input.latitude !== undefined && input.longitude !== undefined) {
    return { latitude: input.latitude, longitude: input.longitude };
  }
  const place = placeForZip(input.postalCode);
  if (!place) {
    throw new InputError({
      postalCode: [messageKey("AdminVenues.errors.unknownZip")],
    });
  }
  return { latitude: place.latitude, longitude: place.longitude };
}

export async function createVenueFromInput(db: Db, input: NewVenueInput, ownerDepartmentId: string | null) {
  const base = slugify(`${input.venueName} ${input.city} ${input.state}`) || "venue";
  const taken = await db.venue.findUnique({ where: { slug: base }, select: { id: true } });
  return db.venue.create({
    data: {
      slug: taken ? `${base}-${randomBytes(3).toString("hex")}` : base,
      name: input.venueName,
      streetAddress: input.streetAddress,
      city: input.city,
      state: input.state,
      postalCode: input.postalCode,
      ...venueCoordinates(input),
      timeZone: input.timeZone,
      accessibilityNotes: input.venueAccessibilityNotes ?? null,
      parkingNotes: input.parkingNotes ?? null,
      ownerDepartmentId,
    },
    select: { id: true, slug: true, timeZone: true, name: true },
  });
}
