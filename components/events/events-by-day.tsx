import { getLocale } from "next-intl/server";
import type { EventSummary } from "@/lib/events/select";
import type { Locale } from "@/lib/i18n/routing";
import { formatLongDate, localDateKey } from "@/lib/time/format";
import { EventCard } from "./event-card";

type Day = { key: string; heading: string; events: EventSummary[] };

/** Groups events by their local calendar day, keeping the given order. */
export function groupByLocalDay(events: EventSummary[], locale: Locale = "en"): Day[] {
  const days = new Map<string, Day>();
  for (const event of events) {
    const key = localDateKey(event.startsAt, event.timeZone);
    const day = days.get(key) ?? {
      key,
      heading: formatLongDate(event.startsAt, event.timeZone, locale),
      events: [],
    };
    day.events.push(event);
    days.set(key, day);
  }
  return [...days.values()];
}

type Props = {
  events: EventSummary[];
  emptyMessage: string;
  headingLevel?: 2 | 3;
  /** Given inside a 'use cache' scope, where the page's language cannot be read. */
  locale?: Locale;
  /** Short rows instead of cards (the home page's national list). */
  compact?: boolean;
};

export async function EventsByDay({
  events,
  emptyMessage,
  headingLevel = 2,
  locale: given,
  compact = false,
}: Props) {
  if (events.length === 0) return <p className="rounded bg-slate-50 p-4 text-slate-700">{emptyMessage}</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const locale = given ?? ((await getLocale()) as Locale);
  return (
    <div className={compact ? "space-y-5" : "space-y-8"}>
      {groupByLocalDay(events, locale).map((day) => (
        <section key={day.key} aria-labelledby={`day-${day.key}`}>
          <Heading
            id={`day-${day.key}`}
            className={`${compact ? "mb-1 text-lg" : "mb-3 text-xl"} border-b border-slate-200 pb-1 font-bold`}
          >
            {day.heading}
          </Heading>
          <ul className={compact ? "divide-y divide-slate-200" : "space-y-3"}>
            {day.events.map((event) => (
              <li key={event.id}>
                <EventCard
                  event={event}
                  headingLevel={headingLevel === 2 ? 3 : 4}
                  locale={locale}
                  compact={compact}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
