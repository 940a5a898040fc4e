import Link from "next/link";
import type { SearchHit } from "@/lib/events/search";
import { EventCard } from "@/components/events/event-card";

type Props = { dateKey: string; events: SearchHit[] };

const longDate = (dateKey: string) =>
  new Date(`${dateKey}T12:00:00Z`).toLocaleDateString("en-US", {
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });

/** The home page's highlight in the weeks before National Coffee with a Cop Day. */
export function NationalDay({ dateKey, events }: Props) {
  return (
    <section
      aria-labelledby="national-day"
      className="mb-8 rounded-xl border-4 border-amber-500 bg-amber-50 p-5"
    >
      <h2 id="national-day" className="text-2xl font-bold text-amber-950">
        National Coffee with a Cop Day is {longDate(dateKey)}
      </h2>
      <p className="mt-1 text-amber-950">
        Departments across the country open their doors on the first Wednesday of October.
        {events.length > 0
          ? " Events announced so far:"
          : " Events will be listed here as departments announce them."}
      </p>
      {events.length > 0 && (
        <ul className="mt-3 space-y-3">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">
        <Link href={`/events?from=${dateKey}&to=${dateKey}`}>Find National Day events near you</Link>
      </p>
    </section>
  );
}
