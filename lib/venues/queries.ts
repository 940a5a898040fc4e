import "server-only";
import { prisma } from "@/lib/db/client";
import { parseSlugParam } from "@/lib/http/slug-param";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicVenueSelect } from "@/lib/events/select";

const venueSelect = { id: true, ...publicVenueSelect } satisfies Prisma.VenueSelect;

export type VenueProfile = Prisma.VenueGetPayload<{ select: typeof venueSelect }>;

/** A venue by the slug in a URL; null for unknown and malformed slugs alike (a 404). */
export async function findVenue(slugParam: string): Promise<VenueProfile | null> {
  const slug = parseSlugParam(slugParam);
  if (!slug) return null;
  return prisma.venue.findUnique({ where: { slug }, select: venueSelect });
}
