import type { EventSummary } from "@/lib/events/select";
import type { Locale } from "@/lib/i18n/routing";
import { EventsByDay } from "./events-by-day";

type Props = {
  upcoming: EventSummary[];
  past: EventSummary[];
  /** The headings and empty messages, already in the page's language. */
  upcomingHeading: string;
  pastHeading: string;
  upcomingEmpty: string;
  pastEmpty: string;
  /** The page's language (given, since the page may render inside a 'use cache' scope). */
  locale: Locale;
};

/** The two lists a department or venue page shows: what is coming, then what was. */
export function UpcomingAndPast(props: Props) {
  return (
    <>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-4 text-2xl font-bold">
          {props.upcomingHeading}
        </h2>
        <EventsByDay
          events={props.upcoming}
          headingLevel={3}
          emptyMessage={props.upcomingEmpty}
          locale={props.locale}
        />
      </section>
      <section aria-labelledby="past">
        <h2 id="past" className="mb-4 text-2xl font-bold">
          {props.pastHeading}
        </h2>
        <EventsByDay
          events={props.past}
          headingLevel={3}
          emptyMessage={props.pastEmpty}
          locale={props.locale}
        />
      </section>
    </>
  );
}
