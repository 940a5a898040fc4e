// Co-host invitations waiting for the user's departments: what, when, where, who invites,
// and the answer buttons. Until accepted, the event is not shown as theirs anywhere.
import { getLocale, getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import type { ActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import type { PendingInvitation } from "@/lib/events/staff-queries";
import { EventWhen } from "@/components/events/event-when";
import { InvitationAnswerForm } from "./invitation-answer-form";

type Props = {
  invitations: PendingInvitation[];
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  returnTo: "/admin" | "/admin/events";
};

export async function CohostInvitations({ invitations, action, returnTo }: Props) {
  if (invitations.length === 0) return null;
  const t = await getTranslations("AdminEvents.invitations");
  const locale = (await getLocale()) as Locale;
  const answerLabels = { accept: t("accept"), decline: t("decline") };
  return (
    <section
      aria-labelledby="invitations-heading"
      className="space-y-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
    >
      <h2 id="invitations-heading" className="text-xl font-bold">
        {t("heading", { count: invitations.length })}
      </h2>
      <p className="text-slate-800">{t("intro")}</p>
      <ul className="space-y-4">
        {invitations.map(({ event, departmentId, department, otherDates }) => {
          const titleId = `invitation-${event.id}-${departmentId}`;
          const inviters = event.hosts.map((h) => h.department.name).join(", ");
          return (
            <li key={titleId} className="space-y-2 rounded-md border border-slate-300 bg-white p-3">
              <h3 id={titleId} className="text-lg font-semibold">
                {event.title}
                <span className="sr-only">{t("forDepartmentHidden", { department: department.name })}</span>
              </h3>
              <p>
                <EventWhen
                  startsAt={event.startsAt}
                  endsAt={event.endsAt}
                  timeZone={event.timeZone}
                  locale={locale}
                />
              </p>
              <p>
                {event.venue.name}, {event.venue.city}, {event.venue.state}
              </p>
              <p className="text-sm text-slate-700">
                {inviters
                  ? t("invitedBy", { inviters, department: department.name })
                  : t("invitedBySiteAdmin", { department: department.name })}
                {event.status === "DRAFT" && ` · ${t("stillDraft")}`}
              </p>
              {otherDates > 0 && (
                <p className="text-sm text-slate-700">{t("otherDates", { count: otherDates })}</p>
              )}
              {event.status !== "DRAFT" && (
                <p>
                  <StaffLink href={`/events/${event.slug}`}>{t("publicPage")}</StaffLink>
                </p>
              )}
              <InvitationAnswerForm
                action={action}
                eventId={event.id}
                departmentId={departmentId}
                returnTo={returnTo}
                describedBy={titleId}
                labels={answerLabels}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
