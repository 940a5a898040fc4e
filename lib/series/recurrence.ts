// Recurrence rules as RRULE strings, and their dates for the next 12 months. Dates are
// calendar days ("yyyy-MM-dd"): the time of day is applied in the venue's zone
// afterwards, so "8:00" stays 8:00 local on both sides of a DST change.
import type { Weekday } from "rrule";
import { RRule, rrulestr } from "./rrule";
import { ORDINALS, WEEKDAYS } from "./labels";
import type { RecurrenceInput } from "./schemas";
import { MONTH_NAMES, ORDINAL_NAMES, WEEKDAY_NAMES } from "./labels";

function weekday(code: (typeof WEEKDAYS)[number]): Weekday {
  return [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU][WEEKDAYS.indexOf(code)]!;
}

export function toRRule(input: RecurrenceInput): string {
  const day = weekday(input.weekday);
  const rule =
    input.pattern === "weekly"
      ? new RRule({ freq: RRule.WEEKLY, byweekday: [day] })
      : input.pattern === "monthly"
        ? new RRule({ freq: RRule.MONTHLY, byweekday: [day.nth(Number(input.ordinal))] })
        : new RRule({
            freq: RRule.YEARLY,
            bymonth: [input.month],
            byweekday: [day.nth(Number(input.ordinal))],
          });
  return rule.toString().replace(/^RRULE:/, "");
}

/** "first Wednesday of every month" */
export function describeRecurrence(input: RecurrenceInput): string {
  const day = WEEKDAY_NAMES[input.weekday];
  const nth = ORDINAL_NAMES[input.ordinal];
  if (input.pattern === "weekly") return `every ${day}`;
  if (input.pattern === "monthly") return `${nth} ${day} of every month`;
  return `${nth} ${day} of ${MONTH_NAMES[input.month - 1]}, every year`;
}

/**
 * The rule as arguments of the catalogs' `AdminSeries.rule` message, which says it in the
 * page's language: codes, not words ("first", "WE", "october").
 */
export function recurrenceValues(input: RecurrenceInput): Record<string, string> {
  return {
    pattern: input.pattern,
    ordinal: ORDINAL_NAMES[input.ordinal],
    weekday: input.weekday,
    month: (MONTH_NAMES[input.month - 1] ?? "").toLowerCase(),
  };
}

/** The form's fields back from a stored rule (only rules this module wrote). */
export function fromRRule(rrule: string): RecurrenceInput {
  const options = RRule.parseString(rrule);
  const nweekday = options.byweekday;
  const first = Array.isArray(nweekday) ? nweekday[0] : nweekday;
  const day = typeof first === "object" && first !== null ? first : RRule.WE;
  const pattern =
    options.freq === RRule.WEEKLY ? "weekly" : options.freq === RRule.YEARLY ? "yearly" : "monthly";
  const bymonth = options.bymonth;
  const month = Array.isArray(bymonth) ? (bymonth[0] ?? 10) : (bymonth ?? 10);
  const ordinal = String(day.n ?? 1) as RecurrenceInput["ordinal"];
  return {
    pattern,
    ordinal: ORDINALS.includes(ordinal) ? ordinal : "1",
    weekday: WEEKDAYS[day.weekday]!,
    month,
  };
}

function utcDate(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

/** The calendar days the rule gives from `fromDate` for `months` months (12 by default). */
export function occurrenceDates(rrule: string, fromDate: string, months = 12): string[] {
  const start = utcDate(fromDate);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + months);
  end.setUTCDate(end.getUTCDate() - 1);
  const rule = rrulestr(rrule, { dtstart: start });
  return rule.between(start, end, true).map((d) => d.toISOString().slice(0, 10));
}
