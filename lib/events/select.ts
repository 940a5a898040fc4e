// What the public side may see of an event: never drafts' fields, emails or comments.
import type { Prisma } from "@/lib/generated/prisma/client";

export const publicDepartmentSelect = {
  slug: true,
  name: true,
  city: true,
  state: true,
  phone: true,
} satisfies Prisma.DepartmentSelect;

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

/**
 * The hosts residents see, and the only ones whose staff may edit the event: a co-host
 * counts once its own staff accepted the invitation (docs/decisions/0008).
 */
export const acceptedHost = { state: "ACCEPTED" } satisfies Prisma.EventHostWhereInput;

/** Events that a department hosts in public: it leads them or accepted to co-host. */
export const hostedInPublicBy = (departmentId: string) =>
  ({ hosts: { some: { departmentId, ...acceptedHost } } }) satisfies Prisma.EventWhereInput;

export const eventSummarySelect = {
  id: true,
  slug: true,
  title: true,
  format: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  status: true,
  cancellationReason: true,
  noHost: true,
  languages: true,
  venue: { select: { slug: true, name: true, city: true, state: true } },
  hosts: {
    where: acceptedHost,
    select: { department: { select: publicDepartmentSelect } },
    orderBy: { createdAt: "asc" },
  },
  // Only approved comments (replies included) are ever counted in public.
  _count: { select: { comments: { where: { status: "APPROVED" } } } },
} satisfies Prisma.EventSelect;

export const eventDetailSelect = {
  ...eventSummarySelect,
  description: true,
  accessibilityNotes: true,
  updatedAt: true,
  venue: { select: publicVenueSelect },
} satisfies Prisma.EventSelect;

export type EventSummary = Prisma.EventGetPayload<{ select: typeof eventSummarySelect }>;
export type EventDetail = Prisma.EventGetPayload<{ select: typeof eventDetailSelect }>;
export type PublicDepartment = Prisma.DepartmentGetPayload<{ select: typeof publicDepartmentSelect }>;

/** Drafts are never public; cancelled events stay visible and say so. */
export const PUBLIC_STATUSES = ["PUBLISHED", "CANCELLED"] as const;

/** A search result: the summary plus the venue's coordinates, for the map. */
export const eventSearchSelect = {
  ...eventSummarySelect,
  venue: { select: { slug: true, name: true, city: true, state: true, latitude: true, longitude: true } },
} satisfies Prisma.EventSelect;

export type EventSearchResult = Prisma.EventGetPayload<{ select: typeof eventSearchSelect }>;
