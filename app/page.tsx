import Link from "next/link";
import { loadHomeEvents } from "@/lib/events/queries";
import { EventsByDay } from "@/components/events/events-by-day";
import { NationalDay } from "@/components/search/national-day";
import { NearMeForm } from "@/components/search/near-me-form";
import { RememberedLocation } from "@/components/search/remembered-location";

export default async function HomePage() {
  // Kept with its reads (their tags and lifetimes) until a write drops them.
  "use cache";
  const { events, nationalDay, nationalDayEvents } = await loadHomeEvents(60);
  return (
    <>
      <section className="mb-8 rounded-xl bg-brand-50 p-5 sm:p-6">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">
          Have a coffee with the officers who serve your community
        </h1>
        <p className="mt-2 max-w-2xl text-lg text-slate-800">
          Coffee with a Cop events are informal meetups at a local café: no agenda, no speeches, just a chance
          to ask questions and get to know each other. Everyone is welcome.
        </p>
        <NearMeForm />
        <RememberedLocation zipId="home-zip" radiusId="home-radius" />
        <p className="mt-3 flex flex-wrap gap-x-6">
          <Link href="/events">Search all events</Link>
          <Link href="/departments">Find your police or sheriff&apos;s department</Link>
        </p>
      </section>
      {nationalDayEvents && <NationalDay dateKey={nationalDay.dateKey} events={nationalDayEvents} />}
      <h2 className="mb-4 text-2xl font-bold">Upcoming events</h2>
      <EventsByDay
        events={events}
        headingLevel={3}
        emptyMessage="No upcoming events have been announced yet. Check back soon, or look up your department."
      />
    </>
  );
}
