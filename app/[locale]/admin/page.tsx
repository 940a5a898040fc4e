import { StaffLink } from "@/components/admin/staff-link";
import { userForPage } from "@/lib/auth/page-guards";
import { loadDashboard } from "@/lib/events/staff-queries";
import { AdminEventTable } from "@/components/admin/admin-event-table";
import { ModerationSummary } from "@/components/comments/moderation/moderation-summary";
import { CohostInvitations } from "@/components/admin/cohost-invitations";
import { NeedsAttention } from "@/components/admin/needs-attention";
import { answerInvitationAction } from "@/lib/events/actions";
import { Notice } from "@/components/admin/notice";
import { AdminPageHeader } from "@/components/admin/page-header";

export const metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<{ notice?: string }> };

// What needs action comes first (moderation, invitations, drafts); the user's departments last.
export default async function AdminDashboard({ searchParams }: Props) {
  const dashboard = await loadDashboard(await userForPage("/admin"));
  const { notice } = await searchParams;
  const { user, departments, todo, invitations, upcoming, drafts, draftCount, moderation, canPost } =
    dashboard;
  return (
    <div className="space-y-8">
      <Notice code={notice} />
      <AdminPageHeader
        title="Dashboard"
        create={canPost ? { href: "/admin/events/new", label: "New event" } : undefined}
      />

      <NeedsAttention todo={todo} />

      <CohostInvitations invitations={invitations} action={answerInvitationAction} returnTo="/admin" />

      {moderation && <ModerationSummary counts={moderation} />}

      {canPost && (
        <>
          {drafts.length > 0 && (
            <section aria-labelledby="drafts-heading" className="space-y-2">
              <h2 id="drafts-heading" className="text-xl font-bold">
                Drafts to finish
              </h2>
              <AdminEventTable events={drafts} caption="Drafts" empty="No drafts." />
              {draftCount > drafts.length && (
                <p>
                  <StaffLink href="/admin/events?show=drafts">All {draftCount} drafts</StaffLink>
                </p>
              )}
            </section>
          )}
          <section aria-labelledby="upcoming-heading" className="space-y-2">
            <h2 id="upcoming-heading" className="text-xl font-bold">
              Upcoming events
            </h2>
            <AdminEventTable
              events={upcoming}
              caption="Upcoming events"
              empty="No upcoming events. Post one with “New event”."
            />
            <p>
              <StaffLink href="/admin/events">All events</StaffLink>
            </p>
          </section>
        </>
      )}

      <section aria-labelledby="departments-heading" className="space-y-2">
        <h2 id="departments-heading" className="text-xl font-bold">
          My departments
        </h2>
        {user.isSiteAdmin && (
          <p>
            As a site admin you manage every department: see{" "}
            <StaffLink href="/admin/departments">Departments</StaffLink>.
          </p>
        )}
        {departments.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6">
            {departments.map((d) => (
              <li key={d.id}>
                <StaffLink href={`/departments/${d.slug}`}>{d.name}</StaffLink>
                <span className="text-slate-700"> — {d.roles.join(", ")}</span>
              </li>
            ))}
          </ul>
        ) : (
          !user.isSiteAdmin && <p>You are not a member of any department yet. Ask a site admin to add you.</p>
        )}
      </section>
    </div>
  );
}
