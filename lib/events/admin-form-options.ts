// The choices the event form offers: the departments the user may post for, every
// department as a possible co-host, and every venue.
import "server-only";
import { prisma } from "@/lib/db/client";
import { departmentIdsWithRole, type CurrentUser } from "@/lib/auth/guards";
import { zoneLabel } from "@/lib/time/zones";

const zoneName = (zone: string) => zoneLabel(zone, new Date()).replace(/ \(.*\)$/, "");

export type Option = { value: string; label: string };

export type EventFormOptions = {
  leadDepartments: (Option & { timeZone: string })[];
  departments: Option[];
  venues: (Option & { timeZone: string })[];
  /** Departments whose hosting this user may not remove (not staff there). */
  protectedDepartmentIds: string[];
};

export async function eventFormOptions(user: CurrentUser): Promise<EventFormOptions> {
  const [departments, venues] = await Promise.all([
    prisma.department.findMany({
      select: { id: true, name: true, state: true, timeZone: true },
      orderBy: [{ state: "asc" }, { name: "asc" }],
    }),
    prisma.venue.findMany({
      select: { id: true, name: true, city: true, state: true, timeZone: true },
      orderBy: [{ state: "asc" }, { city: "asc" }, { name: "asc" }],
    }),
  ]);
  const staffOf = new Set(departmentIdsWithRole(user, "STAFF"));
  const mayPostFor = (id: string) => user.isSiteAdmin || staffOf.has(id);
  return {
    leadDepartments: departments
      .filter((d) => mayPostFor(d.id))
      .map((d) => ({ value: d.id, label: d.name, timeZone: d.timeZone })),
    departments: departments.map((d) => ({ value: d.id, label: `${d.name} (${d.state})` })),
    venues: venues.map((v) => ({
      value: v.id,
      label: `${v.name} — ${v.city}, ${v.state} (${zoneName(v.timeZone)})`,
      timeZone: v.timeZone,
    })),
    protectedDepartmentIds: departments.filter((d) => !mayPostFor(d.id)).map((d) => d.id),
  };
}
