import { formatLongDate, formatTimeRange, isoWithOffset } from "@/lib/time/format";

type Props = { startsAt: Date; endsAt: Date; timeZone: string; showDate?: boolean };

/** The event's date and time in its venue's zone, with the zone named. */
export function EventWhen({ startsAt, endsAt, timeZone, showDate = true }: Props) {
  return (
    <time dateTime={isoWithOffset(startsAt, timeZone)}>
      {showDate && <>{formatLongDate(startsAt, timeZone)}, </>}
      {formatTimeRange(startsAt, endsAt, timeZone)}
    </time>
  );
}
