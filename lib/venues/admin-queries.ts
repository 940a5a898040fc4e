// Venues staff may correct: those where their departments hold events (admins: all).
import "server-only";
import { prisma } from "@/lib/db/client";
import { departmentIdsWithRole, requireUser, type CurrentUser } from "@/lib/auth/guards";

export async function listEditableVenues(user: CurrentUser | null) {
  const actor = await requireUser(user);
  const where = actor.isSiteAdmin
    ? {}
    : {
        events: {
          some: { hosts: { some: { departmentId: { in: departmentIdsWithRole(actor, "STAFF") } } } },
        },
      };
  return prisma.venue.findMany({
    where,
    select: { id: true, name: true, city: true, state: true, streetAddress: true },
    orderBy: [{ state: "asc" }, { city: "asc" }, { name: "asc" }],
  });
}
