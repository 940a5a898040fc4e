// The approved-comment count every event list shows, counted for the shown events only,
// through the Comment (eventId, status, createdAt) index: a `_count` in the select
// becomes a grouped count over the whole Comment table (issue 11).
import "server-only";
import { prisma } from "@/lib/db/client";
import type { CommentCount } from "./select";

/** The events, in the same order, each with its count of approved comments (replies included). */
export async function withCommentCounts<T extends { id: string }>(
  events: T[],
): Promise<(T & CommentCount)[]> {
  if (events.length === 0) return [];
  const counts = await prisma.comment.groupBy({
    by: ["eventId"],
    where: { eventId: { in: events.map((event) => event.id) }, status: "APPROVED" },
    _count: true,
  });
  const byEvent = new Map(counts.map((row) => [row.eventId, row._count]));
  return events.map((event) => ({ ...event, commentCount: byEvent.get(event.id) ?? 0 }));
}
