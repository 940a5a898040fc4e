import Link from "next/link";
import { listUpcomingEvents } from "@/lib/events/queries";
import { EventsByDay } from "@/components/events/events-by-day";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const events = await listUpcomingEvents({ limit: 60 });
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
        <p className="mt-3">
          <Link href="/departments">Find your police or sheriff&apos;s department</Link>
        </p>
      </section>
      <h2 className="mb-4 text-2xl font-bold">Upcoming events</h2>
      <EventsByDay
        events={events}
        headingLevel={3}
        emptyMessage="No upcoming events have been announced yet. Check back soon, or look up your department."
      />
    </>
  );
}
