// The shapes venues are read in: what residents may see, and the rows of /admin/venues.
import type { Prisma } from "@/lib/generated/prisma/client";

export const publicVenueSelect = {
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
} satisfies Prisma.VenueSelect;

/** A venue's page, and the fields its edit form shows and its audit entries record. */
export const venueProfileSelect = { id: true, ...publicVenueSelect } satisfies Prisma.VenueSelect;

export type VenueProfile = Prisma.VenueGetPayload<{ select: typeof venueProfileSelect }>;

export const venueRowSelect = {
  id: true,
  name: true,
  city: true,
  state: true,
  streetAddress: true,
  ownerDepartmentId: true,
  ownerDepartment: { select: { name: true } },
} satisfies Prisma.VenueSelect;

export type AdminVenueRow = Prisma.VenueGetPayload<{ select: typeof venueRowSelect }> & {
  canEdit: boolean;
};
