// Every read of series: the list in /admin/series (the series of departments the user
// is staff of; admins: all), one series with its occurrences, and the form's choices.
import "server-only";
import { prisma } from "@/lib/db/client";
import {
  departmentIdsWithRole,
  requireDepartmentRole,
  refuse,
  requireUser,
  type CurrentUser,
} from "@/lib/auth/guards";
import { adminEventRowSelect } from "@/lib/events/select";
import type { Locale } from "@/lib/i18n/routing";
import { eventFormOptions } from "@/lib/events/staff-queries";

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

export type SeriesForEditing = Awaited<ReturnType<typeof getSeriesForEditing>>;

/** The series form's choices: the departments the user may post for, co-hosts, venues. */
export async function seriesFormOptions(user: CurrentUser, locale: Locale = "en") {
  const options = await eventFormOptions(user, locale);
  return {
    departments: options.leadDepartments,
    allDepartments: options.departments,
    venues: options.venues,
  };
}
