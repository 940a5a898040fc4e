// Every comment read: the public threads, who may answer officially, and (from the
// private moderation/ folder) the moderation queue and its counts.
import "server-only";
import { prisma } from "@/lib/db/client";
import { hasDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import { acceptedHost } from "@/lib/events/select";
import { cachedFor } from "@/lib/cache/cached-for";
import { eventTag } from "@/lib/events/cache";
import { publicCommentSelect, type PublicCommentRow } from "./select";
import { freshCommentForm, type FreshCommentForm } from "./form-token";
import { RowId } from "./schemas";

export { listModerationQueue, queueFilterOptions, QUEUE_PAGE_SIZE, type QueueItem } from "./moderation/queue";
export { moderationCounts, type ModerationCounts } from "./moderation/counts";

export type PublicComment = Omit<PublicCommentRow, "officialDepartmentId"> & {
  officialDepartment: string | null;
};
export type PublicThread = PublicComment & { replies: PublicComment[] };

/**
 * How a comment reads in public: an official reply names its department. One query for
 * all the rows' departments, none when no row is official.
 */
async function publicNaming(rows: PublicCommentRow[]): Promise<(row: PublicCommentRow) => PublicComment> {
  const departmentIds = [...new Set(rows.flatMap((row) => row.officialDepartmentId ?? []))];
  const departments = departmentIds.length
    ? await prisma.department.findMany({
        where: { id: { in: departmentIds } },
        select: { id: true, name: true },
      })
    : [];
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return ({ officialDepartmentId, ...comment }) => ({
    ...comment,
    officialDepartment: officialDepartmentId ? (names.get(officialDepartmentId) ?? null) : null,
  });
}

/** Approved comments and official replies of an event, oldest first, one level deep. */
export async function listPublicComments(eventId: string): Promise<PublicThread[]> {
  const rows = await prisma.comment.findMany({
    where: { eventId, parentId: null, status: "APPROVED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...publicCommentSelect,
      replies: {
        where: { status: "APPROVED" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: publicCommentSelect,
      },
    },
  });
  const toPublic = await publicNaming(rows.flatMap((row) => [row, ...row.replies]));
  return rows.map(({ replies, ...row }) => ({ ...toPublic(row), replies: replies.map(toPublic) }));
}

export type CommentsSectionData = { threads: PublicThread[]; fresh: FreshCommentForm };

/**
 * What an event page shows of its comments, cached with the page: the threads, and the
 * hidden fields of its forms (their time-trap token renews with each cached copy).
 */
export async function loadCommentsSection(event: { id: string; slug: string }): Promise<CommentsSectionData> {
  "use cache";
  cachedFor("listings", eventTag(event.slug));
  return { threads: await listPublicComments(event.id), fresh: freshCommentForm() };
}

export type CommentFormPageData = { comment: PublicComment; thread: boolean; fresh: FreshCommentForm };

/**
 * One approved comment of an event, for its own reply or report page (the forms a
 * resident without JavaScript opens from the event page), cached with the event page.
 */
export async function loadCommentFormPage(
  event: { id: string; slug: string },
  commentId: string,
): Promise<CommentFormPageData | null> {
  "use cache";
  cachedFor("listings", eventTag(event.slug));
  if (!RowId.safeParse(commentId).success) return null;
  const row = await prisma.comment.findFirst({
    where: {
      id: commentId,
      eventId: event.id,
      status: "APPROVED",
      OR: [{ parentId: null }, { parent: { status: "APPROVED" } }],
    },
    select: { ...publicCommentSelect, parentId: true },
  });
  if (!row) return null;
  const { parentId, ...comment } = row;
  const toPublic = await publicNaming([comment]);
  return { comment: toPublic(comment), thread: parentId === null, fresh: freshCommentForm() };
}

/** The hosting departments of an event the user may answer for (admins: all of them). */
export async function officialReplyDepartments(user: CurrentUser | null, eventId: string) {
  if (!user) return [];
  const hosts = await prisma.eventHost.findMany({
    where: { eventId, ...acceptedHost },
    orderBy: { createdAt: "asc" },
    select: { department: { select: { id: true, name: true } } },
  });
  return hosts.map((host) => host.department).filter((d) => hasDepartmentRole(user, d.id, "STAFF"));
}

/** The same, for the approved questions in a list (the queue), one look-up per event. */
export async function officialReplyDepartmentsByEvent(
  user: CurrentUser,
  items: { status: string; parentId: string | null; event: { id: string } }[],
) {
  const eventIds = new Set(
    items.filter((i) => i.status === "APPROVED" && !i.parentId).map((i) => i.event.id),
  );
  const entries = await Promise.all(
    [...eventIds].map(async (eventId) => [eventId, await officialReplyDepartments(user, eventId)] as const),
  );
  return new Map(entries);
}
