// Every read of recaps and follow-ups: the public recap of an event, a department's open
// follow-ups, and the staff page's recap with the questions it may link.
import "server-only";
import { prisma } from "@/lib/db/client";
import { departmentIdsWithRole, requireEventRole, type CurrentUser } from "@/lib/auth/guards";
import { isPublic } from "@/lib/events/listing-args";
import { acceptedHost, adminEventRowSelect, hostedInPublicBy } from "@/lib/events/select";
import { cachedFor } from "@/lib/cache/cached-for";
import { departmentFollowUpsTag } from "./cache";
import { UNFINISHED_STATES } from "./labels";
import {
  linkableQuestionWhere,
  openFollowUpSelect,
  publicRecapSelect,
  type OpenFollowUp,
  type PublicRecap,
} from "./select";

export type { OpenFollowUp, PublicFollowUp, PublicRecap } from "./select";

/** The recap of a public event, or null when none is published yet. */
export async function findPublicRecap(eventId: string): Promise<PublicRecap | null> {
  return prisma.eventRecap.findFirst({
    where: { eventId, event: isPublic },
    select: publicRecapSelect,
  });
}

/** Follow-ups still open or in progress across a department's public events, most recently changed first. */
export async function listOpenFollowUps(departmentId: string, limit = 50): Promise<OpenFollowUp[]> {
  return prisma.followUp.findMany({
    where: {
      state: { in: UNFINISHED_STATES },
      recap: { event: { AND: [isPublic, hostedInPublicBy(departmentId)] } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: openFollowUpSelect,
  });
}

/** A department's open follow-ups for its public page, kept until a recap write drops them. */
export async function listDepartmentFollowUps(department: {
  id: string;
  slug: string;
}): Promise<OpenFollowUp[]> {
  "use cache";
  cachedFor("listings", departmentFollowUpsTag(department.slug));
  return listOpenFollowUps(department.id);
}

export type RecapForEditing = Awaited<ReturnType<typeof getRecapForEditing>>;

/**
 * The staff recap page: the event, its recap and follow-ups (with the ids of the
 * questions each answers), and the event's questions that may be linked. Refuses (403)
 * anyone who is not staff of a host.
 */
export async function getRecapForEditing(user: CurrentUser | null, eventId: string) {
  await requireEventRole(eventId, "STAFF", user);
  const [event, recap, questions] = await Promise.all([
    prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: adminEventRowSelect }),
    prisma.eventRecap.findUnique({ where: { eventId }, select: publicRecapSelect }),
    prisma.comment.findMany({
      where: linkableQuestionWhere(eventId),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, authorName: true, body: true, createdAt: true, authorEmail: true },
    }),
  ]);
  return {
    event,
    recap,
    // Staff see whether the asker can be told, never the address itself.
    questions: questions.map(({ authorEmail, ...question }) => ({
      ...question,
      canBeTold: Boolean(authorEmail),
    })),
  };
}

/** Held events staff are asked to recap: those that ended in the last 30 days. */
export const RECAP_WINDOW_DAYS = 30;

/**
 * What the user's departments still owe residents, for the dashboard: held events of the
 * last RECAP_WINDOW_DAYS without a recap, and follow-ups not done. Counted from the
 * user's staff memberships only (a site admin without any has none to write).
 */
export async function countRecapWork(user: CurrentUser, now = new Date()) {
  const departmentIds = departmentIdsWithRole(user, "STAFF");
  if (departmentIds.length === 0) return { recapsToWrite: 0, openFollowUps: 0 };
  const hosted = { hosts: { some: { departmentId: { in: departmentIds }, ...acceptedHost } } };
  const since = new Date(now.getTime() - RECAP_WINDOW_DAYS * 86_400_000);
  const [recapsToWrite, openFollowUps] = await Promise.all([
    prisma.event.count({
      where: { ...hosted, status: "PUBLISHED", endsAt: { lte: now, gte: since }, recap: { is: null } },
    }),
    prisma.followUp.count({ where: { state: { in: UNFINISHED_STATES }, recap: { event: hosted } } }),
  ]);
  return { recapsToWrite, openFollowUps };
}
