// What comment reads and writes share: the public fields of a comment, and what a write
// reads of its event to know which public pages show it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { acceptedHost } from "@/lib/events/select";

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

/** The event of a comment as its public pages know it (lib/events/cache.ts placesOf): slug, hosts and venue. */
export const commentedEventSelect = {
  slug: true,
  venue: { select: { slug: true } },
  hosts: { where: acceptedHost, select: { departmentId: true, department: { select: { slug: true } } } },
} satisfies Prisma.EventSelect;
