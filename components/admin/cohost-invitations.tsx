// Co-host invitations waiting for the user's departments: what, when, where, who invites,
// and the answer buttons. Until accepted, the event is not shown as theirs anywhere.
import { StaffLink } from "@/components/admin/staff-link";
import type { ActionState } from "@/lib/actions/state";
import type { PendingInvitation } from "@/lib/events/staff-queries";
import { EventWhen } from "@/components/events/event-when";
import { InvitationAnswerForm } from "./invitation-answer-form";

type Props = {
  invitations: PendingInvitation[];
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  returnTo: "/admin" | "/admin/events";
};

export function CohostInvitations({ invitations, action, returnTo }: Props) {
  if (invitations.length === 0) return null;
  return (
    <section
      aria-labelledby="invitations-heading"
      className="space-y-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
    >
      <h2 id="invitations-heading" className="text-xl font-bold">
        Invitations to co-host ({invitations.length})
      </h2>
      <p className="text-slate-800">
        Another department asks yours to co-host. Once you accept, the event shows on your department’s page,
        feeds and widget, and your staff can edit it.
      </p>
      <ul className="space-y-4">
        {invitations.map(({ event, departmentId, department, otherDates }) => {
          const titleId = `invitation-${event.id}-${departmentId}`;
          const inviters = event.hosts.map((h) => h.department.name).join(", ");
          return (
            <li key={titleId} className="space-y-2 rounded-md border border-slate-300 bg-white p-3">
              <h3 id={titleId} className="text-lg font-semibold">
                {event.title}
                <span className="sr-only">, for {department.name}</span>
              </h3>
              <p>
                <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
              </p>
              <p>
                {event.venue.name}, {event.venue.city}, {event.venue.state}
              </p>
              <p className="text-sm text-slate-700">
                Invited by {inviters || "a site admin"} · for {department.name}
                {event.status === "DRAFT" && " · still a draft"}
              </p>
              {otherDates > 0 && (
                <p className="text-sm text-slate-700">
                  Part of a series: your answer also covers its {otherDates} other{" "}
                  {otherDates === 1 ? "date" : "dates"} waiting for one.
                </p>
              )}
              {event.status !== "DRAFT" && (
                <p>
                  <StaffLink href={`/events/${event.slug}`}>See the public page</StaffLink>
                </p>
              )}
              <InvitationAnswerForm
                action={action}
                eventId={event.id}
                departmentId={departmentId}
                returnTo={returnTo}
                describedBy={titleId}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
