import { StaffLink } from "@/components/admin/staff-link";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { listManagedEvents, listPendingInvitations, type EventListScope } from "@/lib/events/staff-queries";
import { AdminEventTable } from "@/components/admin/admin-event-table";
import { Notice } from "@/components/admin/notice";
import { CohostInvitations } from "@/components/admin/cohost-invitations";
import { answerInvitationAction } from "@/lib/events/actions";
import { AdminPageHeader } from "@/components/admin/page-header";

export const metadata = { title: "Events" };

type Props = { searchParams: Promise<{ show?: string; notice?: string }> };

const TABS: { scope: EventListScope; label: string; empty: string }[] = [
  { scope: "upcoming", label: "Upcoming", empty: "No upcoming events yet. Post one with “New event”." },
  { scope: "drafts", label: "Drafts", empty: "No drafts." },
  { scope: "past", label: "Past", empty: "No past events." },
];

export default async function AdminEventsPage({ searchParams }: Props) {
  const user = await guardPage("/admin/events", requireStaff);
  const params = await searchParams;
  const tab = TABS.find((t) => t.scope === params.show) ?? TABS[0]!;
  const [events, invitations] = await Promise.all([
    listManagedEvents(user, { scope: tab.scope }),
    listPendingInvitations(user),
  ]);
  return (
    <div className="space-y-5">
      <Notice code={params.notice} />
      <AdminPageHeader title="Events" create={{ href: "/admin/events/new", label: "New event" }} />
      <CohostInvitations invitations={invitations} action={answerInvitationAction} returnTo="/admin/events" />
      <nav aria-label="Which events">
        <ul className="flex gap-4">
          {TABS.map((t) => (
            <li key={t.scope}>
              <StaffLink
                href={`/admin/events?show=${t.scope}`}
                aria-current={t === tab ? "page" : undefined}
                className={t === tab ? "font-bold no-underline" : undefined}
              >
                {t.label}
              </StaffLink>
            </li>
          ))}
        </ul>
      </nav>
      <AdminEventTable events={events} empty={tab.empty} caption={`${tab.label} events`} />
    </div>
  );
}
