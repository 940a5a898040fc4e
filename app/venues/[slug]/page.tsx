import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findVenue } from "@/lib/venues/queries";
import { heldAt, listPastEvents, listUpcomingEvents } from "@/lib/events/queries";
import { UpcomingAndPast } from "@/components/events/upcoming-and-past";
import { VenueAddress } from "@/components/venue-address";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const venue = await findVenue((await params).slug);
  return { title: venue ? `${venue.name}, ${venue.city}` : "Venue not found" };
}

export default async function VenuePage({ params }: Props) {
  const venue = await findVenue((await params).slug);
  if (!venue) notFound();
  const [upcoming, past] = await Promise.all([
    listUpcomingEvents({ where: heldAt(venue.id) }),
    listPastEvents({ where: heldAt(venue.id), limit: 20 }),
  ]);

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
