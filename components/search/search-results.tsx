import { getLocale, getTranslations } from "next-intl/server";
import type { SearchHit } from "@/lib/events/search";
import type { Locale } from "@/lib/i18n/routing";
import { formatShortDate } from "@/lib/time/format";
import { EventCard } from "@/components/events/event-card";
import { EventsByDay } from "@/components/events/events-by-day";
import { distanceText } from "./distance-text";

type Props = { events: SearchHit[]; byDistance: boolean; empty: React.ReactNode };

/** Nearest first with the distance shown, or grouped by local day. */
export async function SearchResults({ events, byDistance, empty }: Props) {
  if (events.length === 0) return <div className="rounded bg-slate-50 p-4 text-slate-800">{empty}</div>;
  if (!byDistance) return <EventsByDay events={events} headingLevel={3} emptyMessage="" />;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Search");
  return (
    <ol className="space-y-3" aria-label={t("nearestFirst")}>
      {events.map((event) => (
        <li key={event.id}>
          <p className="mb-1 text-sm font-semibold text-brand-800">
            {event.distanceMiles !== null && distanceText(t, event.distanceMiles)} ·{" "}
            {formatShortDate(event.startsAt, event.timeZone, locale)}
          </p>
          <EventCard event={event} />
        </li>
      ))}
    </ol>
  );
}
