// Turns the programs and one-off events into dated rows, relative to the day the seed
// runs, so the demo never goes stale. Local times are computed in the venue's zone.
import type { EventFormat, EventStatus } from "../../lib/generated/prisma/client";
import { atLocalTime, eventSlug, FORMAT_SLUG_PREFIXES, localDateKey } from "../../tests/factories";
import { addDays, annualDay, monthlyStarts, nextClockChange, onOrAfter, type DateKey } from "./calendar";
import type { DepartmentKey } from "./departments";
import { ONE_OFF_EVENTS, type EventDay, type OneOffSeed } from "./one-off-events";
import { PROGRAMS, type ProgramSeed } from "./programs";
import { VENUES, type VenueKey } from "./venues";

/** Monthly programs cover this many days either side of today. */
export const WINDOW_DAYS = 120;

export type EventPlan = {
  /** "weed-tri-agency", or a program's occurrence: "ventura-peiranos@0" (next), "@-1" (latest ended). */
  key: string;
  slug: string;
  title: string;
  description: string;
  titleEs: string | null;
  descriptionEs: string | null;
  format: EventFormat;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  status: EventStatus;
  cancellationReason: string | null;
  noHost: boolean;
  languages: string[];
  accessibilityNotes: string | null;
  editedByHand: boolean;
  venue: VenueKey;
  hosts: DepartmentKey[];
  /** Departments invited to co-host that have not answered yet. */
  invited: DepartmentKey[];
  /** The program (series) this occurrence belongs to. */
  program: string | null;
};

export function venueZone(key: VenueKey): string {
  const venue = VENUES.find((v) => v.key === key);
  if (!venue) throw new Error(`Unknown demo venue ${key}`);
  return venue.timeZone;
}

export function planDemoEvents(now: Date): EventPlan[] {
  const plans = [
    ...PROGRAMS.flatMap((p) => planProgram(p, now)),
    ...ONE_OFF_EVENTS.map((e) => planOneOff(e, now)),
  ];
  return withUniqueSlugs(plans);
}

function planProgram(program: ProgramSeed, now: Date): EventPlan[] {
  const zone = venueZone(program.venue);
  const starts = monthlyStarts({ ...program, zone }, now, WINDOW_DAYS).filter(
    (start) => !duringHolidayBreak(localDateKey(start, zone)),
  );
  // Index 0 is the first that has not ended yet (it may be under way right now).
  const firstUpcoming = starts.findIndex(
    (start) => start.getTime() + program.durationMinutes * 60_000 > now.getTime(),
  );
  const upcomingFrom = firstUpcoming === -1 ? starts.length : firstUpcoming;
  return starts.map((startsAt, position) => {
    const index = position - upcomingFrom;
    const cancellation = program.cancelled?.find((c) => c.index === index);
    const isDraft = program.draftFrom !== undefined && index >= program.draftFrom;
    return {
      ...common(program, zone, startsAt),
      key: `${program.key}@${index}`,
      slug: eventSlug(FORMAT_SLUG_PREFIXES[program.format], program.venue, startsAt, zone),
      status: cancellation ? "CANCELLED" : isDraft ? "DRAFT" : "PUBLISHED",
      cancellationReason: cancellation?.reason ?? null,
      accessibilityNotes: null,
      editedByHand: cancellation !== undefined,
      program: program.key,
    };
  });
}

/** Monthly programs take a break between Christmas Eve and New Year's Day. */
function duringHolidayBreak(day: DateKey): boolean {
  const monthDay = day.slice(5);
  return monthDay >= "12-24" || monthDay === "01-01";
}

function planOneOff(event: OneOffSeed, now: Date): EventPlan {
  const zone = venueZone(event.venue);
  const startsAt = atLocalTime(dayOf(event.day, zone, now), event.time, zone);
  const prefix = event.slugPrefix ?? FORMAT_SLUG_PREFIXES[event.format];
  return {
    ...common(event, zone, startsAt),
    key: event.key,
    slug: eventSlug(prefix, event.venue, startsAt, zone),
    status: event.status ?? "PUBLISHED",
    cancellationReason: event.cancellationReason ?? null,
    accessibilityNotes: event.accessibilityNotes ?? null,
    editedByHand: false,
    program: null,
  };
}

function common(seed: ProgramSeed | OneOffSeed, zone: string, startsAt: Date) {
  return {
    title: seed.title,
    description: seed.description,
    titleEs: seed.titleEs ?? null,
    descriptionEs: seed.descriptionEs ?? null,
    format: seed.format,
    startsAt,
    endsAt: new Date(startsAt.getTime() + seed.durationMinutes * 60_000),
    timeZone: zone,
    noHost: seed.noHost,
    languages: seed.languages,
    venue: seed.venue,
    hosts: seed.hosts,
    invited: "invited" in seed ? (seed.invited ?? []) : [],
  };
}

function dayOf(day: EventDay, zone: string, now: Date): DateKey {
  if ("daysFromNow" in day) return onOrAfter(addDays(localDateKey(now, zone), day.daysFromNow), day.weekday);
  if ("month" in day) return annualDay({ ...day, zone }, now, day.which);
  // From tomorrow on, so that the day before the change is still to come.
  const change = nextClockChange(zone, new Date(now.getTime() + 24 * 60 * 60_000));
  return day.clockChange === "day-of" ? change : addDays(change, -1);
}

/** Two events at one venue on one day would share a slug; number the later ones. */
function withUniqueSlugs(plans: EventPlan[]): EventPlan[] {
  const seen = new Map<string, number>();
  return plans.map((plan) => {
    const count = (seen.get(plan.slug) ?? 0) + 1;
    seen.set(plan.slug, count);
    return count === 1 ? plan : { ...plan, slug: `${plan.slug}-${count}` };
  });
}
