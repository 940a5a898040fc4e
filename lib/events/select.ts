// What the public side may see of an event: never drafts' fields, emails or comments.
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicVenueSelect } from "@/lib/venues/select";

export const publicDepartmentSelect = {
  slug: true,
  name: true,
  city: true,
  state: true,
  phone: true,
  logoHash: true,
} satisfies Prisma.DepartmentSelect;

/**
 * The hosts residents see, and the only ones whose staff may edit the event: a co-host
 * counts once its own staff accepted the invitation (docs/decisions/0008).
 */
export const acceptedHost = { state: "ACCEPTED" } satisfies Prisma.EventHostWhereInput;

/** Hosts in the order pages list them: the lead first, then co-hosts as they were added. */
export const leadHostFirst = [
  { isLead: "desc" },
  { createdAt: "asc" },
  { departmentId: "asc" },
] satisfies Prisma.EventHostOrderByWithRelationInput[];

/** Drafts are never public; cancelled events stay visible and say so. */
export const PUBLIC_STATUSES = ["PUBLISHED", "CANCELLED"] as const;

/** Events that a department hosts in public: it leads them or accepted to co-host. */
export const hostedInPublicBy = (departmentId: string) =>
  ({ hosts: { some: { departmentId, ...acceptedHost } } }) satisfies Prisma.EventWhereInput;

/** An event's own fields that every list shows: what, when, and whether it still happens. */
export const eventListFields = {
  id: true,
  slug: true,
  title: true,
  titleEs: true,
  format: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  status: true,
  cancellationReason: true,
  noHost: true,
  languages: true,
} satisfies Prisma.EventSelect;

export const eventSummarySelect = {
  ...eventListFields,
  venue: { select: { slug: true, name: true, city: true, state: true } },
  hosts: {
    where: acceptedHost,
    select: { department: { select: publicDepartmentSelect } },
    orderBy: leadHostFirst,
  },
} satisfies Prisma.EventSelect;

export const eventDetailSelect = {
  ...eventSummarySelect,
  description: true,
  descriptionEs: true,
  accessibilityNotes: true,
  updatedAt: true,
  venue: { select: publicVenueSelect },
} satisfies Prisma.EventSelect;

/**
 * An event in a list, with its count of approved comments (replies included). The count
 * is added after the page is read (`withCommentCounts` in comment-counts.ts): a `_count`
 * in the select becomes a grouped count over the whole Comment table.
 */
export type EventSummary = Prisma.EventGetPayload<{ select: typeof eventSummarySelect }> & CommentCount;
export type EventDetail = Prisma.EventGetPayload<{ select: typeof eventDetailSelect }>;
export type CommentCount = { commentCount: number };

/** A search result: the summary plus the venue's coordinates, for the map. */
export const eventSearchSelect = {
  ...eventSummarySelect,
  venue: { select: { slug: true, name: true, city: true, state: true, latitude: true, longitude: true } },
} satisfies Prisma.EventSelect;

export type EventSearchResult = Prisma.EventGetPayload<{ select: typeof eventSearchSelect }> & CommentCount;

/** What staff lists show of an event beside its hosts. */
const staffEventFields = {
  id: true,
  slug: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  seriesId: true,
  venue: { select: { name: true, city: true, state: true } },
} satisfies Prisma.EventSelect;

/** A row of the staff lists in /admin: drafts included, invited hosts shown as such. */
export const adminEventRowSelect = {
  ...staffEventFields,
  editedByHand: true,
  hosts: {
    select: { state: true, department: { select: { id: true, name: true } } },
    orderBy: leadHostFirst,
  },
} satisfies Prisma.EventSelect;

export type AdminEventRow = Prisma.EventGetPayload<{ select: typeof adminEventRowSelect }>;

/** An event for its admin page and the event form. */
export const editableEventSelect = {
  ...adminEventRowSelect,
  description: true,
  titleEs: true,
  descriptionEs: true,
  format: true,
  cancellationReason: true,
  noHost: true,
  languages: true,
  accessibilityNotes: true,
  venueId: true,
  hosts: {
    select: {
      departmentId: true,
      state: true,
      isLead: true,
      department: { select: { id: true, name: true, slug: true } },
    },
    orderBy: leadHostFirst,
  },
  series: { select: { id: true, title: true } },
} satisfies Prisma.EventSelect;

export type EditableEvent = Prisma.EventGetPayload<{ select: typeof editableEventSelect }>;

/** A co-host invitation waiting for an answer, with the event it is for. */
export const invitationSelect = {
  departmentId: true,
  department: { select: { name: true } },
  event: {
    select: {
      ...staffEventFields,
      hosts: {
        where: acceptedHost,
        select: { department: { select: { name: true } } },
        orderBy: leadHostFirst,
      },
    },
  },
} satisfies Prisma.EventHostSelect;
