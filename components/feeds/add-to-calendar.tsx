import { getTranslations } from "next-intl/server";
import type { EventDetail } from "@/lib/events/select";
import { googleCalendarUrl } from "@/lib/feeds/google-calendar";
import { localizedPath, type Locale } from "@/lib/i18n/routing";

type Props = {
  event: EventDetail;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read. */
  locale: Locale;
};

/** Add this event to a calendar: an .ics file (Apple, Outlook, most phones) or Google Calendar. */
export async function AddToCalendar({ event, locale }: Props) {
  if (event.status === "CANCELLED") return null;
  const t = await getTranslations({ locale, namespace: "Feeds" });
  return (
    <section aria-labelledby="add-to-calendar" className="rounded-lg border border-slate-200 p-4">
      <h2 id="add-to-calendar" className="mb-2 text-xl font-bold">
        {t("addToCalendar")}
      </h2>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a
            href={localizedPath(locale, `/events/${event.slug}/event.ics`)}
            download
            className="inline-block min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            {t("download")}
          </a>
        </li>
        <li>
          <a
            href={googleCalendarUrl(event)}
            rel="noopener"
            className="inline-block min-h-11 rounded border-2 border-brand-800 px-4 py-2 font-semibold no-underline"
          >
            {t("google")}
          </a>
        </li>
      </ul>
    </section>
  );
}
