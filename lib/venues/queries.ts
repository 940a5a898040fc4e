import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicVenueSelect } from "@/lib/events/select";

const venueSelect = { id: true, ...publicVenueSelect } satisfies Prisma.VenueSelect;

export type VenueProfile = Prisma.VenueGetPayload<{ select: typeof venueSelect }>;

export function findVenue(slug: string): Promise<VenueProfile | null> {
  return prisma.venue.findUnique({ where: { slug }, select: venueSelect });
}
