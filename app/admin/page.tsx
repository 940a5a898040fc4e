import Link from "next/link";
import { userForPage } from "@/lib/auth/page-guards";
import { loadDashboard } from "@/lib/events/queries";
import { AdminEventTable } from "@/components/admin/admin-event-table";
import { ModerationSummary } from "@/components/comments/moderation/moderation-summary";
import { CohostInvitations } from "@/components/admin/cohost-invitations";
import { answerInvitationAction } from "@/lib/events/actions";
import { Notice } from "@/components/admin/notice";
import { AdminPageHeader } from "@/components/admin/page-header";

export const metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function AdminDashboard({ searchParams }: Props) {
  const dashboard = await loadDashboard(await userForPage("/admin"));
  const { notice } = await searchParams;
  const { user, departments, invitations, upcoming, drafts, moderation, canPost } = dashboard;
  return (
    <div className="space-y-8">
      <Notice code={notice} />
      <AdminPageHeader
        title="Dashboard"
        create={canPost ? { href: "/admin/events/new", label: "New event" } : undefined}
      />

      <section aria-labelledby="departments-heading">
        <h2 id="departments-heading" className="mb-2 text-xl font-bold">
          {user.isSiteAdmin ? "All departments (you are a site admin)" : "My departments"}
        </h2>
        {departments.length === 0 ? (
          <p>You are not a member of any department yet. Ask a site admin to add you.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {departments.map((d) => (
              <li key={d.id}>
                <Link href={`/departments/${d.slug}`}>{d.name}</Link>
                {d.roles.length > 0 && <span className="text-slate-700"> — {d.roles.join(", ")}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <CohostInvitations invitations={invitations} action={answerInvitationAction} returnTo="/admin" />

      {moderation && <ModerationSummary counts={moderation} />}

      {canPost && (
        <>
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
              <Link href="/admin/events">All events</Link>
            </p>
          </section>
          <section aria-labelledby="drafts-heading" className="space-y-2">
            <h2 id="drafts-heading" className="text-xl font-bold">
              Drafts
            </h2>
            <AdminEventTable events={drafts} caption="Drafts" empty="No drafts." />
          </section>
        </>
      )}
    </div>
  );
}
