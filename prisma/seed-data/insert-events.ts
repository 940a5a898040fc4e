// Writes the planned events, their series, their hosts (and pending co-host invitations),
// and gives each venue to the department that held the first event there.
import type { Db } from "../../tests/factories";
import { buildEvent, hostRows, type VenueRef } from "../../tests/factories";
import type { DepartmentKey } from "./departments";
import { PROGRAMS, monthlyRrule } from "./programs";
import type { EventPlan } from "./schedule";
import type { VenueKey } from "./venues";

const DAY = 24 * 60 * 60_000;

export type Ids<Key extends string> = Map<Key, string>;

export async function insertEvents(
  db: Db,
  plans: EventPlan[],
  refs: { departments: Ids<DepartmentKey>; venues: Map<VenueKey, VenueRef>; now: Date },
): Promise<Map<string, { id: string; plan: EventPlan }>> {
  const venueOf = (key: VenueKey) => must(refs.venues.get(key), `venue ${key}`);
  const departmentId = (key: DepartmentKey) => must(refs.departments.get(key), `department ${key}`);

  const seriesIds = new Map<string, string>();
  for (const program of PROGRAMS) {
    const venue = venueOf(program.venue);
    const series = await db.eventSeries.create({
      data: {
        title: program.title,
        rrule: monthlyRrule(program),
        startTime: program.time,
        durationMin: program.durationMinutes,
        timeZone: venue.timeZone,
        departmentId: departmentId(must(program.hosts[0], `host of ${program.key}`)),
        venueId: venue.id,
      },
    });
    seriesIds.set(program.key, series.id);
  }

  const rows = plans.map((plan) => {
    const { key: _key, venue, hosts: _hosts, invited: _invited, program, startsAt, endsAt, ...fields } = plan;
    return buildEvent({
      ...fields,
      venue: venueOf(venue),
      startsAt,
      durationMinutes: (endsAt.getTime() - startsAt.getTime()) / 60_000,
      seriesId: program ? must(seriesIds.get(program), `series ${program}`) : null,
      // Posted a month ahead, as departments usually do, and before any demo comment.
      createdAt: new Date(Math.min(refs.now.getTime() - 14 * DAY, startsAt.getTime() - 30 * DAY)),
    });
  });
  const created = await db.event.createManyAndReturn({ data: rows, select: { id: true, slug: true } });
  const idBySlug = new Map(created.map((event) => [event.slug, event.id]));

  const events = new Map<string, { id: string; plan: EventPlan }>();
  for (const plan of plans) events.set(plan.key, { id: must(idBySlug.get(plan.slug), plan.slug), plan });

  await db.eventHost.createMany({
    data: [...events.values()].flatMap(({ id, plan }) => {
      const toRef = (key: DepartmentKey) => ({ id: departmentId(key) });
      return hostRows(plan.hosts.map(toRef), plan.invited.map(toRef)).map((host) => ({
        ...host,
        eventId: id,
      }));
    }),
  });

  const owners = new Map<VenueKey, { at: Date; department: DepartmentKey }>();
  plans.forEach((plan, index) => {
    const at = must(rows[index], plan.key).createdAt as Date;
    const lead = must(plan.hosts[0], `host of ${plan.key}`);
    const known = owners.get(plan.venue);
    if (!known || at < known.at) owners.set(plan.venue, { at, department: lead });
  });
  for (const [venue, owner] of owners) {
    await db.venue.update({
      where: { id: venueOf(venue).id },
      data: { ownerDepartmentId: departmentId(owner.department) },
    });
  }
  return events;
}

export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data refers to an unknown ${what}`);
  return value;
}
