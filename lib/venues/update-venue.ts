// Staff of the venue's owner department (and site admins) correct it: name, address,
// map position, accessibility and parking. Departments that merely hold events there may not.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requireVenueEditor, type CurrentUser } from "@/lib/auth/guards";
import { acceptedHost, PUBLIC_STATUSES } from "@/lib/events/select";
import { placesOf, type EventPlaces } from "@/lib/events/cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UpdateVenueInput } from "./schemas";
import { venueProfileSelect } from "./select";
import { assertNotAnotherVenue } from "./check-same-venue";

export async function updateVenue(user: CurrentUser | null, input: UpdateVenueInput) {
  const actor = await requireVenueEditor(input.venueId, user);
  await assertNotAnotherVenue(input);
  return prisma.$transaction(async (db) => {
    const before = await db.venue.findUniqueOrThrow({
      where: { id: input.venueId },
      select: venueProfileSelect,
    });
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
      select: venueProfileSelect,
    });
    await recordAudit(db, {
      actorId: actor.id,
      action: "venue.updated",
      entityType: "Venue",
      entityId: after.id,
      before,
      after,
    });
    return { ...after, eventsHeldThere: await publicEventsAt(db, after.id) };
  });
}

/** The public events held at the venue, whose pages show it. */
async function publicEventsAt(db: Prisma.TransactionClient, venueId: string): Promise<EventPlaces[]> {
  const events = await db.event.findMany({
    where: { venueId, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      slug: true,
      venue: { select: { slug: true } },
      hosts: { where: acceptedHost, select: { department: { select: { slug: true } } } },
    },
  });
  return events.map(placesOf);
}
