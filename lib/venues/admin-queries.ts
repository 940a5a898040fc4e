// Venues in /admin/venues: those the user's departments own (editable) and those their
// events use but another department owns (shown, not editable). Admins: every venue.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { acceptedHost } from "@/lib/events/select";
import { canEditVenue, departmentIdsWithRole, requireUser, type CurrentUser } from "@/lib/auth/guards";

const venueRowSelect = {
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

export async function listVenuesForStaff(user: CurrentUser | null): Promise<AdminVenueRow[]> {
  const actor = await requireUser(user);
  const staffOf = departmentIdsWithRole(actor, "STAFF");
  const where: Prisma.VenueWhereInput = actor.isSiteAdmin
    ? {}
    : {
        OR: [
          { ownerDepartmentId: { in: staffOf } },
          { events: { some: { hosts: { some: { departmentId: { in: staffOf }, ...acceptedHost } } } } },
        ],
      };
  const venues = await prisma.venue.findMany({
    where,
    select: venueRowSelect,
    orderBy: [{ state: "asc" }, { city: "asc" }, { name: "asc" }],
  });
  return venues.map((venue) => ({ ...venue, canEdit: canEditVenue(actor, venue.ownerDepartmentId) }));
}
