// Staff of the venue's owner department (and site admins) correct it: name, address,
// map position, accessibility and parking. Departments that merely hold events there may not.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requireVenueEditor, type CurrentUser } from "@/lib/auth/guards";
import type { UpdateVenueInput } from "./schemas";

const venueFields = {
  id: true,
  slug: true,
  name: true,
  streetAddress: true,
  city: true,
  state: true,
  postalCode: true,
  latitude: true,
  longitude: true,
  timeZone: true,
  accessibilityNotes: true,
  parkingNotes: true,
} as const;

export async function getVenueForEditing(user: CurrentUser | null, venueId: string) {
  await requireVenueEditor(venueId, user);
  return prisma.venue.findUniqueOrThrow({
    where: { id: venueId },
    select: { ...venueFields, ownerDepartment: { select: { name: true } } },
  });
}

export async function updateVenue(user: CurrentUser | null, input: UpdateVenueInput) {
  const actor = await requireVenueEditor(input.venueId, user);
  return prisma.$transaction(async (db) => {
    const before = await db.venue.findUniqueOrThrow({ where: { id: input.venueId }, select: venueFields });
    const after = await db.venue.update({
      where: { id: input.venueId },
      data: {
        name: input.venueName,
        streetAddress: input.streetAddress,
        city: input.city,
        state: input.state,
        postalCode: input.postalCode,
        latitude: input.latitude,
        longitude: input.longitude,
        accessibilityNotes: input.venueAccessibilityNotes ?? null,
        parkingNotes: input.parkingNotes ?? null,
      },
      select: venueFields,
    });
    await recordAudit(db, {
      actorId: actor.id,
      action: "venue.updated",
      entityType: "Venue",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
