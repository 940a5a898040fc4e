import { getLocale, getTranslations } from "next-intl/server";
import type { SearchHit } from "@/lib/events/search";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { formatLongDate } from "@/lib/time/format";
import { EventCard } from "@/components/events/event-card";

type Props = {
  dateKey: string;
  events: SearchHit[];
  /** Given inside a 'use cache' scope, where the page's language cannot be read. */
  locale?: Locale;
};

/** The home page's highlight in the weeks before National Coffee with a Cop Day. */
export async function NationalDay({ dateKey, events, locale: given }: Props) {
  const locale = given ?? ((await getLocale()) as Locale);
  const t = await getTranslations({ locale, namespace: "NationalDay" });
  // A calendar day, the same everywhere: noon UTC names it in any US zone.
  const day = formatLongDate(new Date(`${dateKey}T12:00:00Z`), "UTC", locale);
  return (
    <section
      aria-labelledby="national-day"
      className="mb-8 rounded-xl border-4 border-amber-500 bg-amber-50 p-5"
    >
      <h2 id="national-day" className="text-2xl font-bold text-amber-950">
        {t("heading", { day })}
      </h2>
      <p className="mt-1 text-amber-950">
        {t("about")} {events.length > 0 ? t("announced") : t("notYet")}
      </p>
      {events.length > 0 && (
        <ul className="mt-3 space-y-3">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">
        <Link href={`/events?from=${dateKey}&to=${dateKey}`} locale={locale}>
          {t("findNearYou")}
        </Link>
      </p>
    </section>
  );
}
