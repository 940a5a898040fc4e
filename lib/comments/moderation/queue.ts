import "server-only";
import { hostedInPublicBy } from "@/lib/events/select";
import { prisma } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/guards";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QueueFilters } from "../schemas";
import { moderatedDepartmentsWhere, moderationScope, stalePendingBefore } from "./scope";

const openReports = { where: { resolvedAt: null } } as const;

const queueSelect = {
  id: true,
  authorName: true,
  authorEmail: true,
  body: true,
  status: true,
  holdReason: true,
  holdReasonCode: true,
  holdReasonValues: true,
  official: true,
  createdAt: true,
  moderatedAt: true,
  parentId: true,
  parent: { select: { authorName: true, body: true } },
  event: { select: { id: true, slug: true, title: true, timeZone: true } },
  reports: {
    ...openReports,
    select: { reason: true, reasonCode: true, details: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.CommentSelect;

export type QueueItem = Prisma.CommentGetPayload<{ select: typeof queueSelect }> & { stale: boolean };

function viewWhere(view: QueueFilters["view"]): Prisma.CommentWhereInput {
  const reported = { reports: { some: { resolvedAt: null } } };
  switch (view) {
    case "review":
      return { OR: [{ status: "PENDING" }, reported] };
    case "REPORTED":
      return reported;
    default:
      return { status: view };
  }
}

export const QUEUE_PAGE_SIZE = 100;

/** The user's queue: oldest first, only comments on events they moderate. */
export async function listModerationQueue(
  user: CurrentUser,
  filters: QueueFilters,
  now: Date = new Date(),
): Promise<QueueItem[]> {
  const where: Prisma.CommentWhereInput = {
    AND: [
      moderationScope(user),
      viewWhere(filters.view),
      filters.event ? { eventId: filters.event } : {},
      filters.department ? { event: hostedInPublicBy(filters.department) } : {},
    ],
  };
  const decided = filters.view === "APPROVED" || filters.view === "REJECTED" || filters.view === "SPAM";
  const rows = await prisma.comment.findMany({
    where,
    // Decided comments: the latest decisions first; everything waiting: oldest first.
    orderBy: decided
      ? [{ moderatedAt: "desc" }, { createdAt: "desc" }]
      : [{ createdAt: "asc" }, { id: "asc" }],
    take: QUEUE_PAGE_SIZE,
    select: queueSelect,
  });
  const staleBefore = stalePendingBefore(now);
  return rows.map((row) => ({ ...row, stale: row.status === "PENDING" && row.createdAt < staleBefore }));
}

/** Departments and events the user may filter by. */
export async function queueFilterOptions(user: CurrentUser) {
  const departments = await prisma.department.findMany({
    where: moderatedDepartmentsWhere(user),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const events = await prisma.event.findMany({
    where: { comments: { some: moderationScope(user) } },
    orderBy: { startsAt: "asc" },
    take: 200,
    select: { id: true, title: true, startsAt: true, timeZone: true },
  });
  return { departments, events };
}
