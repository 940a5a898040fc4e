// Wall-clock times typed for the venue's zone → instants, DST-correct. A time that does
// not exist (clocks spring forward through it) is refused rather than silently moved.
import { atLocalTime, localDateKey, localTimeOfDay } from "@/lib/time/local";
import { formatClockTime, formatLongDate } from "@/lib/time/format";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { MAX_DAYS_AHEAD } from "./schemas";

export type LocalTimes = { date: string; startTime: string; endTime: string };

function instant(date: string, time: string, zone: string, field: string): Date {
  const at = atLocalTime(date, time, zone);
  if (localDateKey(at, zone) !== date || localTimeOfDay(at, zone) !== time) {
    throw new InputError({
      [field]: [
        `${formatClockTime(time)} does not exist on ${formatLongDate(at, zone)} where the venue is: the clocks change that night. Choose another time.`,
      ],
    });
  }
  return at;
}

export function eventInstants(
  times: LocalTimes,
  zone: string,
  options: { now?: Date; mustBeUpcoming: boolean },
): { startsAt: Date; endsAt: Date } {
  const now = options.now ?? new Date();
  const startsAt = instant(times.date, times.startTime, zone, "startTime");
  const endsAt = instant(times.date, times.endTime, zone, "endTime");
  if (endsAt <= startsAt)
    throw new InputError({ endTime: [messageKey("AdminEvents.errors.endBeforeStart")] });
  if (options.mustBeUpcoming && endsAt <= now) {
    throw new InputError({ date: [messageKey("AdminEvents.errors.past")] });
  }
  if (startsAt.getTime() - now.getTime() > MAX_DAYS_AHEAD * 86_400_000) {
    throw new InputError({ date: [messageKey("AdminEvents.errors.tooFarAhead")] });
  }
  return { startsAt, endsAt };
}

/** The form's fields for a stored event, in its zone. */
export function localTimesOf(startsAt: Date, endsAt: Date, zone: string): LocalTimes {
  return {
    date: localDateKey(startsAt, zone),
    startTime: localTimeOfDay(startsAt, zone),
    endTime: localTimeOfDay(endsAt, zone),
  };
}
