// Series for /admin/series: those of departments the user is staff of (admins: all).
import "server-only";
import { prisma } from "@/lib/db/client";
import {
  departmentIdsWithRole,
  requireDepartmentRole,
  refuse,
  requireUser,
  type CurrentUser,
} from "@/lib/auth/guards";
import { adminEventRowSelect } from "@/lib/events/admin-queries";

export async function listManagedSeries(user: CurrentUser | null) {
  const actor = await requireUser(user);
  const where = actor.isSiteAdmin ? {} : { departmentId: { in: departmentIdsWithRole(actor, "STAFF") } };
  return prisma.eventSeries.findMany({
    where,
    select: {
      id: true,
      title: true,
      rrule: true,
      startTime: true,
      timeZone: true,
      department: { select: { name: true } },
      venue: { select: { name: true, city: true, state: true } },
      _count: { select: { events: true } },
    },
    orderBy: { title: "asc" },
  });
}

/** A series with its occurrences, for staff of its department. */
export async function getSeriesForEditing(user: CurrentUser | null, seriesId: string) {
  const actor = await requireUser(user);
  const series = await prisma.eventSeries.findUnique({
    where: { id: seriesId },
    include: { department: { select: { name: true } } },
  });
  if (!series) refuse(actor, `series ${seriesId}`);
  await requireDepartmentRole(series.departmentId, "STAFF", actor);
  const occurrences = await prisma.event.findMany({
    where: { seriesId },
    orderBy: { startsAt: "asc" },
    select: {
      ...adminEventRowSelect,
      description: true,
      format: true,
      languages: true,
      noHost: true,
      accessibilityNotes: true,
      endsAt: true,
    },
  });
  return { series, occurrences };
}
