import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { loadHomeEvents } from "@/lib/events/queries";
import { pageAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath } from "@/lib/i18n/routing";
import { EventsByDay } from "@/components/events/events-by-day";
import { NationalDay } from "@/components/search/national-day";
import { NearMeForm } from "@/components/search/near-me-form";
import { RememberedLocation } from "@/components/search/remembered-location";
import { NearbyEvents } from "@/components/home/nearby-events";

/** How many of the next events nationwide the home page lists; /events has them all. */
const NATIONAL_LIST_SIZE = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: await pageAlternates("/") };
}

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  return <HomeBody locale={(await params).locale as Locale} />;
}

/**
 * Kept, per language, with the reads it makes (their tags and lifetimes) until a write
 * drops them. Inside 'use cache' the language is an argument (decision 0021).
 */
async function HomeBody({ locale }: { locale: Locale }) {
  "use cache";
  const t = await getTranslations({ locale, namespace: "Home" });
  const near = await getTranslations({ locale, namespace: "HomeNear" });
  const proposals = await getTranslations({ locale, namespace: "Proposals" });
  const { events, nationalDay, nationalDayEvents } = await loadHomeEvents(NATIONAL_LIST_SIZE);
  return (
    <>
      <section className="mb-8 rounded-xl bg-brand-50 p-5 sm:p-6">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("heading")}</h1>
        <p className="mt-2 max-w-2xl text-lg text-slate-800">{t("intro")}</p>
        <NearMeForm locale={locale} />
        <RememberedLocation zipId="home-zip" radiusId="home-radius" />
        <p className="mt-3 flex flex-wrap gap-x-6">
          <Link href="/events" locale={locale}>
            {t("searchAll")}
          </Link>
          <Link href="/departments" locale={locale}>
            {t("findDepartment")}
          </Link>
          <Link href="/propose" locale={locale}>
            {proposals("homeLink")}
          </Link>
        </p>
        <noscript>
          <p className="mt-3">
            <a href={localizedPath(locale, "/events/search/remembered")}>{near("lastSearch")}</a>
          </p>
        </noscript>
      </section>
      <NearbyEvents endpoint={localizedPath(locale, "/nearest")} />
      {nationalDayEvents && (
        <NationalDay dateKey={nationalDay.dateKey} events={nationalDayEvents} locale={locale} />
      )}
      <section aria-labelledby="upcoming-nationally">
        <h2 id="upcoming-nationally" className="text-2xl font-bold">
          {t("upcoming")}
        </h2>
        {events.length > 0 && <p className="mb-4 mt-1 text-slate-700">{near("nationalIntro")}</p>}
        <EventsByDay events={events} headingLevel={3} emptyMessage={t("empty")} locale={locale} compact />
        {events.length > 0 && (
          <p className="mt-6">
            <Link href="/events" locale={locale} className="font-semibold">
              {near("seeMore")}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
