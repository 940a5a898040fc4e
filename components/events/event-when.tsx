import type { Locale } from "@/lib/i18n/routing";
import { formatLongDate, formatTimeRange, isoWithOffset } from "@/lib/time/format";

type Props = { startsAt: Date; endsAt: Date; timeZone: string; showDate?: boolean; locale?: Locale };

/** The event's date and time in its venue's zone, with the zone named, in the page's language. */
export function EventWhen({ startsAt, endsAt, timeZone, showDate = true, locale = "en" }: Props) {
  return (
    <time dateTime={isoWithOffset(startsAt, timeZone)}>
      {showDate && <>{formatLongDate(startsAt, timeZone, locale)}, </>}
      {formatTimeRange(startsAt, endsAt, timeZone, locale)}
    </time>
  );
}
