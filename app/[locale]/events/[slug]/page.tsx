import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { EventDetail } from "@/lib/events/select";
import { findPublicEvent } from "@/lib/events/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/http/slug-param";
import { pageAlternates } from "@/lib/i18n/alternates";
import { textFor } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { formatLongDate } from "@/lib/time/format";
import { EventWhen } from "@/components/events/event-when";
import { HostList } from "@/components/events/host-list";
import { HostLogos } from "@/components/departments/host-logos";
import { CancelledBadge } from "@/components/events/status-badge";
import { VenueAddress } from "@/components/venue-address";
import { VenueMap } from "@/components/map/venue-map";
import { Paragraphs } from "@/components/prose";
import { AddToCalendar } from "@/components/feeds/add-to-calendar";
import { AlertsLink } from "@/components/alerts/alerts-link";
import { EventJsonLd } from "@/components/feeds/event-json-ld";
import { NonEmergencyCard } from "@/components/events/non-emergency-card";
import { eventSharingMetadata } from "@/lib/feeds/sharing-metadata";
import { CommentsSection } from "@/components/comments/comments-section";
import { findPublicRecap } from "@/lib/recaps/queries";
import { hasEnded } from "@/lib/recaps/due";
import { RecapSection } from "@/components/recaps/recap-section";

type Props = { params: Promise<{ slug: string; locale: string }> };

/** The [locale] segment, read outside the cached parts and handed to them (they cannot read it). */
async function pageParams(params: Props["params"]): Promise<{ slug: string; locale: Locale }> {
  const { slug, locale } = await params;
  return { slug, locale: isLocale(locale) ? locale : "en" };
}

/**
 * Pages are rendered on their first visit and then kept (ISR) until a write drops their
 * tags. Next.js needs one path to prerender at build: a slug that can never exist,
 * which renders the "not found" page without reading the database.
 */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await pageParams(params);
  return { ...(await eventMetadata(slug, locale)), alternates: await pageAlternates(`/events/${slug}`) };
}

/** Kept with the event (formatting its date reads the clock, which only a cached render may). */
async function eventMetadata(slug: string, locale: Locale): Promise<Metadata> {
  "use cache";
  const t = await getTranslations({ locale, namespace: "Event" });
  const event = await findPublicEvent(slug);
  if (!event) return { title: t("notFound") };
  const when = formatLongDate(event.startsAt, event.timeZone, locale);
  const { text: shown } = textFor(locale, event.title, event.titleEs);
  const title = event.status === "CANCELLED" ? t("cancelledTitle", { title: shown }) : shown;
  const { name: venue, city, state } = event.venue;
  const description = t("metaDescription", { when, venue, city, state });
  return { title, description, ...eventSharingMetadata(event, title, description) };
}

export default async function EventPage({ params }: Props) {
  const { slug, locale } = await pageParams(params);
  const event = await findPublicEvent(slug);
  if (!event) notFound();
  return <EventBody event={event} locale={locale} />;
}

/** The page itself, kept with the reads it makes (their tags and lifetimes) until a write drops them. */
async function EventBody({ event, locale }: { event: EventDetail; locale: Locale }) {
  "use cache";
  const t = await getTranslations({ locale, namespace: "Event" });
  const formats = await getTranslations({ locale, namespace: "EventCard" });
  // Staff's words, in Spanish on a Spanish page when they gave them (marked lang="en" when not).
  const title = textFor(locale, event.title, event.titleEs);
  const description = textFor(locale, event.description, event.descriptionEs);
  const cancelled = event.status === "CANCELLED";
  // Once it has ended, the page leads with what happened instead of how to come.
  const ended = hasEnded(event);
  const held = ended && !cancelled;
  const recap = held ? await findPublicRecap(event.id) : null;

  return (
    <article className="space-y-6">
      <EventJsonLd event={event} />
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-coffee-600">
          {formats(`format.${event.format}`)}
        </p>
        <h1 className="text-3xl font-bold leading-tight">
          <span lang={title.lang}>{title.text}</span> <CancelledBadge status={event.status} />
        </h1>
      </header>

      {cancelled && (
        <div role="status" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-bold">{t("cancelled")}</p>
          {event.cancellationReason && <p className="mt-1">{event.cancellationReason}</p>}
        </div>
      )}

      {held && (
        <RecapSection
          recap={recap}
          hostNames={event.hosts.map((h) => h.department.name).join(t("hostsLastSeparator"))}
          timeZone={event.timeZone}
        />
      )}

      <dl className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          <EventWhen
            startsAt={event.startsAt}
            endsAt={event.endsAt}
            timeZone={event.timeZone}
            locale={locale}
          />
        </dd>
        <dt className="font-semibold">{t("where")}</dt>
        <dd className="space-y-3">
          <VenueAddress venue={event.venue} locale={locale} />
          <VenueMap venue={event.venue} locale={locale} />
        </dd>
        <dt className="font-semibold">{t("hosts")}</dt>
        <dd className="space-y-2">
          <HostLogos hosts={event.hosts} />
          <HostList hosts={event.hosts} bare locale={locale} />
        </dd>
        <dt className="font-semibold">{t("officersSpeak")}</dt>
        <dd>
          {event.languages
            .map((code) => (t.has(`language.${code}`) ? t(`language.${code}`) : code))
            .join(", ")}
        </dd>
        {(event.accessibilityNotes ?? event.venue.accessibilityNotes) && (
          <>
            <dt className="font-semibold">{t("accessibility")}</dt>
            <dd>{event.accessibilityNotes ?? event.venue.accessibilityNotes}</dd>
          </>
        )}
        {event.venue.parkingNotes && (
          <>
            <dt className="font-semibold">{t("parking")}</dt>
            <dd>{event.venue.parkingNotes}</dd>
          </>
        )}
      </dl>

      {event.noHost && (
        <p className="rounded-lg bg-amber-50 p-4 text-amber-950">
          {t.rich("noHost", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}

      <section aria-labelledby="about-event">
        <h2 id="about-event" className="mb-2 text-xl font-bold">
          {t("about")}
        </h2>
        <div lang={description.lang}>
          <Paragraphs text={description.text} />
        </div>
      </section>

      {/* A flyer and a calendar entry help people come; after the event they do not. */}
      {!ended && event.status === "PUBLISHED" && (
        <p>
          {t.rich("flyer", {
            link: (chunks) => (
              <Link href={`/events/${event.slug}/flyer`} locale={locale}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}

      {!ended && <AddToCalendar event={event} locale={locale} />}
      <p>
        <AlertsLink zip={event.venue.postalCode} locale={locale} />
      </p>
      <NonEmergencyCard hosts={event.hosts} />

      <CommentsSection event={event} phase={recap ? "recap" : ended ? "after" : "before"} locale={locale} />
    </article>
  );
}
