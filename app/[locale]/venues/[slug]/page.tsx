import type { Metadata } from "next";
import type { VenueProfile } from "@/lib/venues/select";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findVenue } from "@/lib/venues/queries";
import { listVenueEvents } from "@/lib/events/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/http/slug-param";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/routing";
import { UpcomingAndPast } from "@/components/events/upcoming-and-past";
import { VenueAddress } from "@/components/venue-address";
import { VenueMap } from "@/components/map/venue-map";

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * Pages are rendered on their first visit and then kept (ISR) until a write drops their
 * tags. Next.js needs one path to prerender at build: a slug that can never exist,
 * which renders the "not found" page without reading the database.
 */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const venue = await findVenue((await params).slug);
  const t = await getTranslations("Venues");
  if (!venue) return { title: t("notFound") };
  return {
    title: t("title", { name: venue.name, city: venue.city }),
    description: t("description", { name: venue.name, city: venue.city }),
    alternates: await pageAlternates(`/venues/${venue.slug}`),
  };
}

export default async function VenuePage({ params }: Props) {
  const { locale, slug } = await params;
  const venue = await findVenue(slug);
  if (!venue) notFound();
  return <VenueBody venue={venue} locale={locale as Locale} />;
}

/**
 * The page itself, kept per language with the reads it makes (their tags and lifetimes)
 * until a write drops them. Inside 'use cache' the language is an argument (decision 0021).
 */
async function VenueBody({ venue, locale }: { venue: VenueProfile; locale: Locale }) {
  "use cache";
  const [t, { upcoming, past }] = await Promise.all([
    getTranslations({ locale, namespace: "Venues" }),
    listVenueEvents(venue),
  ]);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{venue.name}</h1>
        <p className="text-slate-700">
          {venue.city}, {venue.state}
        </p>
      </header>
      <section aria-label={t("address")} className="space-y-2">
        <VenueAddress venue={venue} linkName={false} locale={locale} />
        {venue.accessibilityNotes && <p>{t("accessibility", { notes: venue.accessibilityNotes })}</p>}
        {venue.parkingNotes && <p>{t("parking", { notes: venue.parkingNotes })}</p>}
        <VenueMap venue={venue} locale={locale} />
      </section>
      <UpcomingAndPast
        upcoming={upcoming}
        past={past}
        upcomingHeading={t("upcoming")}
        pastHeading={t("past")}
        upcomingEmpty={t("upcomingEmpty")}
        pastEmpty={t("pastEmpty")}
        locale={locale}
      />
    </div>
  );
}
