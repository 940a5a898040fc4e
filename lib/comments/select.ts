// What comment reads and writes share: the public fields of a comment, and what a write
// reads of its event to know which public pages show it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { acceptedHost } from "@/lib/events/select";
import type { EventPlaces } from "./cache";

// What the public may see of a comment: never its email, sender hash or moderation.
export const publicCommentSelect = {
  id: true,
  authorName: true,
  body: true,
  createdAt: true,
  official: true,
  officialDepartmentId: true,
} satisfies Prisma.CommentSelect;

export type PublicCommentRow = Prisma.CommentGetPayload<{ select: typeof publicCommentSelect }>;

/** The event of a comment as its public pages know it: slug, hosts and venue. */
export const commentedEventSelect = {
  slug: true,
  venue: { select: { slug: true } },
  hosts: { where: acceptedHost, select: { departmentId: true, department: { select: { slug: true } } } },
} satisfies Prisma.EventSelect;

type CommentedEvent = Prisma.EventGetPayload<{ select: typeof commentedEventSelect }>;

export function placesOf(event: CommentedEvent): EventPlaces {
  return {
    eventSlug: event.slug,
    departmentSlugs: event.hosts.map((host) => host.department.slug),
    venueSlugs: [event.venue.slug],
  };
}
