import type { EventDetail } from "@/lib/events/select";
import { googleCalendarUrl } from "@/lib/feeds/google-calendar";

/** Add this event to a calendar: an .ics file (Apple, Outlook, most phones) or Google Calendar. */
export function AddToCalendar({ event }: { event: EventDetail }) {
  if (event.status === "CANCELLED") return null;
  return (
    <section aria-labelledby="add-to-calendar" className="rounded-lg border border-slate-200 p-4">
      <h2 id="add-to-calendar" className="mb-2 text-xl font-bold">
        Add to your calendar
      </h2>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a
            href={`/events/${event.slug}/event.ics`}
            download
            className="inline-block min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            Download calendar file (.ics)
          </a>
        </li>
        <li>
          <a
            href={googleCalendarUrl(event)}
            rel="noopener"
            className="inline-block min-h-11 rounded border-2 border-brand-800 px-4 py-2 font-semibold no-underline"
          >
            Add to Google Calendar
          </a>
        </li>
      </ul>
    </section>
  );
}
