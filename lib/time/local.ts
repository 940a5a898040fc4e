// Wall-clock times in an IANA zone, DST-correct: "08:00 on 2027-03-14 in New York".
import { TZDate } from "@date-fns/tz";

/** The instant at which the clock in `zone` reads `time` ("HH:mm") on `dateKey` ("yyyy-MM-dd"). */
export function atLocalTime(dateKey: string, time: string, zone: string): Date {
  const [year, month, day] = dateKey.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  if (year === undefined || month === undefined || day === undefined || hours === undefined) {
    throw new Error(`Expected yyyy-MM-dd and HH:mm, got ${dateKey} ${time}`);
  }
  return new Date(new TZDate(year, month - 1, day, hours, minutes ?? 0, zone).getTime());
}

/** The calendar day ("yyyy-MM-dd") that `instant` falls on in `zone`. */
export function localDateKey(instant: Date, zone: string): string {
  const local = new TZDate(instant.getTime(), zone);
  const month = String(local.getMonth() + 1).padStart(2, "0");
  const day = String(local.getDate()).padStart(2, "0");
  return `${local.getFullYear()}-${month}-${day}`;
}

/** "08:00": the wall-clock time of `instant` in `zone`. */
export function localTimeOfDay(instant: Date, zone: string): string {
  const local = new TZDate(instant.getTime(), zone);
  return `${String(local.getHours()).padStart(2, "0")}:${String(local.getMinutes()).padStart(2, "0")}`;
}
