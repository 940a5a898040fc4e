import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { VenueProfile } from "@/lib/venues/select";
import { findVenue } from "@/lib/venues/queries";
import { listVenueEvents } from "@/lib/events/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/http/slug-param";
import { UpcomingAndPast } from "@/components/events/upcoming-and-past";
import { VenueAddress } from "@/components/venue-address";

type Props = { params: Promise<{ slug: string }> };

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
  return { title: venue ? `${venue.name}, ${venue.city}` : "Venue not found" };
}

export default async function VenuePage({ params }: Props) {
  const venue = await findVenue((await params).slug);
  if (!venue) notFound();
  return <VenueBody venue={venue} />;
}

/** The page itself, kept with the reads it makes (their tags and lifetimes) until a write drops them. */
async function VenueBody({ venue }: { venue: VenueProfile }) {
  "use cache";
  const { upcoming, past } = await listVenueEvents(venue);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{venue.name}</h1>
        <p className="text-slate-700">
          {venue.city}, {venue.state}
        </p>
      </header>
      <section aria-label="Address" className="space-y-2">
        <VenueAddress venue={venue} linkName={false} />
        {venue.accessibilityNotes && <p>Accessibility: {venue.accessibilityNotes}</p>}
        {venue.parkingNotes && <p>Parking: {venue.parkingNotes}</p>}
      </section>
      <UpcomingAndPast
        upcoming={upcoming}
        past={past}
        upcomingHeading="Upcoming events here"
        pastHeading="Past events here"
        upcomingEmpty="No upcoming events at this venue."
        pastEmpty="No past events at this venue."
      />
    </div>
  );
}
