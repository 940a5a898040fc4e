// Every read of venues: a venue's public page, the staff list, the edit form, and a
// venue's time zone for the event and series forms.
import "server-only";
import { prisma } from "@/lib/db/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { venueTag } from "./cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { parseSlugParam } from "@/lib/http/slug-param";
import {
  canEditVenue,
  departmentIdsWithRole,
  requireUser,
  requireVenueEditor,
  type CurrentUser,
} from "@/lib/auth/guards";
import { acceptedHost } from "@/lib/events/select";
import { venueProfileSelect, venueRowSelect, type AdminVenueRow, type VenueProfile } from "./select";
import { isSameVenue, type VenueAddress } from "./same-venue";

export type { AdminVenueRow, VenueProfile } from "./select";

/** A venue by the slug in a URL; null for unknown and malformed slugs alike (a 404). */
export async function findVenue(slugParam: string): Promise<VenueProfile | null> {
  "use cache";
  const slug = parseSlugParam(slugParam);
  cachedFor("profiles", venueTag(slug ?? "-"));
  if (!slug) return null;
  return prisma.venue.findUnique({ where: { slug }, select: venueProfileSelect });
}

/**
 * Venues in /admin/venues: those the user's departments own (editable) and those their
 * events use but another department owns (shown, not editable). Admins: every venue.
 */
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

/** A venue for its edit form; refuses (403) anyone but staff of its owner and site admins. */
export async function getVenueForEditing(user: CurrentUser | null, venueId: string) {
  await requireVenueEditor(venueId, user);
  return prisma.venue.findUniqueOrThrow({
    where: { id: venueId },
    select: { ...venueProfileSelect, ownerDepartment: { select: { name: true } } },
  });
}

/** The time zone of a venue chosen in a form: its events' times are typed in it. */
export async function venueZone(venueId: string): Promise<string> {
  const venue = await prisma.venue.findUnique({ where: { id: venueId }, select: { timeZone: true } });
  if (!venue) throw new InputError({ venueId: [messageKey("AdminVenues.errors.venueFromList")] });
  return venue.timeZone;
}

/**
 * The venue the site already has with the typed name and address (lib/venues/same-venue.ts
 * says how forgivingly they compare), the oldest when several do; null when none.
 */
export async function findSameVenue(typed: VenueAddress, exceptId?: string) {
  const candidates = await prisma.venue.findMany({
    where: {
      state: typed.state.toUpperCase(),
      OR: [
        { city: { equals: typed.city.trim(), mode: "insensitive" } },
        { postalCode: typed.postalCode.trim() },
      ],
      ...(exceptId && { id: { not: exceptId } }),
    },
    select: { id: true, name: true, streetAddress: true, city: true, state: true, postalCode: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return candidates.find((venue) => isSameVenue(venue, typed)) ?? null;
}
