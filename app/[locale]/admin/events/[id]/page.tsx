import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { eventFormOptions, getEventForEditing } from "@/lib/events/staff-queries";
import { storedEventDefaults } from "@/lib/events/form-defaults";
import { updateEventAction } from "@/lib/events/actions";
import { EventForm } from "@/components/admin/event-form";
import { EventStatusActions } from "@/components/admin/event-status-actions";
import { StatusTag } from "@/components/admin/admin-event-table";
import { Notice } from "@/components/admin/notice";
import { EventWhen } from "@/components/events/event-when";
import { recapIsDue } from "@/lib/recaps/due";

export const metadata = { title: "Event" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function AdminEventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const { user, event } = await guardPage(`/admin/events/${id}`, async (user) => ({
    user,
    event: await getEventForEditing(user, id),
  }));
  const options = await eventFormOptions(user);
  const isPublic = event.status !== "DRAFT";
  const recapDue = recapIsDue(event);

  return (
    <div className="space-y-6">
      <Notice code={notice} />
      <div>
        <p>
          <StaffLink href="/admin/events">← All events</StaffLink>
        </p>
        <h1 className="mt-2 text-3xl font-bold">
          {event.title} <StatusTag status={event.status} />
        </h1>
        <p className="mt-1">
          <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
        </p>
        {event.series && (
          <p className="mt-1 text-slate-700">
            Part of the series “{event.series.title}”. Changes here stay when the series is edited.
          </p>
        )}
        {event.status === "CANCELLED" && (
          <p className="mt-1 font-semibold text-red-900">Cancelled: {event.cancellationReason}</p>
        )}
        <p className="mt-2 flex flex-wrap gap-4">
          {isPublic && (
            <StaffLink href={`/events/${event.slug}`}>
              View the public page
            </StaffLink>
          )}
          {event.status === "PUBLISHED" && (
            <StaffLink href={`/events/${event.slug}/flyer`}>Print a flyer (English and Spanish)</StaffLink>
          )}
          <StaffLink href={`/admin/events/new?from=${event.id}`}>Duplicate</StaffLink>
        </p>
      </div>

      {recapDue && (
        <section
          aria-labelledby="recap-heading"
          className="space-y-2 rounded-lg border-2 border-brand-700 p-4"
        >
          <h2 id="recap-heading" className="text-xl font-bold">
            Recap and follow-ups
          </h2>
          <p>
            This event has taken place. Tell residents how it went and what the department will look into.
          </p>
          <p>
            <StaffLink href={`/admin/events/${event.id}/recap`} className="font-semibold">
              Write or update the recap
            </StaffLink>
          </p>
        </section>
      )}

      <section
        aria-labelledby="status-heading"
        className="space-y-4 rounded-lg border-2 border-slate-300 p-4"
      >
        <h2 id="status-heading" className="text-xl font-bold">
          Status
        </h2>
        <EventStatusActions eventId={event.id} status={event.status} />
      </section>

      <section aria-labelledby="edit-heading" className="space-y-4">
        <h2 id="edit-heading" className="text-2xl font-bold">
          Edit
        </h2>
        <EventForm action={updateEventAction} defaults={storedEventDefaults(event)} options={options} />
      </section>
    </div>
  );
}
