// Calendar arithmetic for the demo schedule. Dates are "yyyy-MM-dd" keys on a zone's
// own calendar; they become instants only through atLocalTime, so DST is always right.
import { tzOffset } from "@date-fns/tz";
import { atLocalTime, localDateKey } from "../../tests/factories";

export type DateKey = string;

const DAY_MS = 24 * 60 * 60_000;

function toUtcDate(key: DateKey): Date {
  return new Date(`${key}T00:00:00Z`);
}

function fromUtcDate(date: Date): DateKey {
  return date.toISOString().slice(0, 10);
}

export function addDays(key: DateKey, days: number): DateKey {
  return fromUtcDate(new Date(toUtcDate(key).getTime() + days * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(key: DateKey): number {
  return toUtcDate(key).getUTCDay();
}

/** The first date on or after `key` that falls on `weekday`. */
export function onOrAfter(key: DateKey, weekday: number): DateKey {
  return addDays(key, (weekday - weekdayOf(key) + 7) % 7);
}

/** The nth (1–5) `weekday` of a month (1–12), or null when the month has no such day. */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, weekday: number): DateKey | null {
  const first = fromUtcDate(new Date(Date.UTC(year, month - 1, 1)));
  const day = addDays(onOrAfter(first, weekday), (nth - 1) * 7);
  return toUtcDate(day).getUTCMonth() === month - 1 ? day : null;
}

export type MonthlyRule = { nth: number; weekday: number; time: string; zone: string };

/** Start times of a monthly rule ("second Tuesday at 8:00") within `windowDays` of `now`. */
export function monthlyStarts(rule: MonthlyRule, now: Date, windowDays: number): Date[] {
  const from = now.getTime() - windowDays * DAY_MS;
  const to = now.getTime() + windowDays * DAY_MS;
  const cursor = new Date(from);
  cursor.setUTCDate(1);
  const starts: Date[] = [];
  while (cursor.getTime() <= to) {
    const day = nthWeekdayOfMonth(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, rule.nth, rule.weekday);
    const start = day && atLocalTime(day, rule.time, rule.zone);
    if (start && start.getTime() >= from && start.getTime() <= to) starts.push(start);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return starts;
}

export type AnnualRule = { month: number; nth: number; weekday: number; zone: string };

/**
 * The day a yearly rule ("first Wednesday of October") falls on: `upcoming` is this
 * year's unless it has gone by (today counts as upcoming), `past` the latest gone by.
 */
export function annualDay(rule: AnnualRule, now: Date, which: "upcoming" | "past"): DateKey {
  const today = localDateKey(now, rule.zone);
  const year = Number(today.slice(0, 4));
  const dayIn = (y: number) => nthWeekdayOfMonth(y, rule.month, rule.nth, rule.weekday)!;
  if (which === "upcoming") return dayIn(year) >= today ? dayIn(year) : dayIn(year + 1);
  return dayIn(year) < today ? dayIn(year) : dayIn(year - 1);
}

/** The next day on which `zone`'s clocks change (DST starts or ends), after today. */
export function nextClockChange(zone: string, now: Date): DateKey {
  const offsetOn = (key: DateKey) => tzOffset(zone, atLocalTime(key, "12:00", zone));
  let day = localDateKey(now, zone);
  for (let i = 0; i < 400; i++) {
    const next = addDays(day, 1);
    if (offsetOn(next) !== offsetOn(day)) return next;
    day = next;
  }
  throw new Error(`${zone} does not change its clocks`);
}
