import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { userForPage } from "@/lib/auth/page-guards";
import { loadDashboard } from "@/lib/events/staff-queries";
import { countPendingProposals } from "@/lib/proposals/queries";
import { AdminEventTable } from "@/components/admin/admin-event-table";
import { ModerationSummary } from "@/components/comments/moderation/moderation-summary";
import { CohostInvitations } from "@/components/admin/cohost-invitations";
import { NeedsAttention } from "@/components/admin/needs-attention";
import { answerInvitationAction } from "@/lib/events/actions";
import { Notice } from "@/components/admin/notice";
import { AdminPageHeader } from "@/components/admin/page-header";

// The admin layout's title template applies to the pages below it, not to this page of
// the same segment: the dashboard spells the template out.
export async function generateMetadata(): Promise<Metadata> {
  const [t, admin] = await Promise.all([getTranslations("Admin.dashboard"), getTranslations("Admin")]);
  return { title: { absolute: admin("titleTemplate").replace("%s", t("title")) } };
}

type Props = { searchParams: Promise<{ notice?: string }> };

// What needs action comes first (moderation, invitations, drafts); the user's departments last.
export default async function AdminDashboard({ searchParams }: Props) {
  const dashboard = await loadDashboard(await userForPage("/admin"));
  const proposals = await countPendingProposals(dashboard.user);
  const { notice } = await searchParams;
  const t = await getTranslations("Admin.dashboard");
  const { user, departments, todo, invitations, upcoming, drafts, draftCount, moderation, canPost } =
    dashboard;
  return (
    <div className="space-y-8">
      <Notice code={notice} />
      <AdminPageHeader
        title={t("title")}
        create={canPost ? { href: "/admin/events/new", label: t("newEvent") } : undefined}
      />

      <NeedsAttention
        todo={
          proposals > 0
            ? [...todo, { key: "proposals", count: proposals, one: "", many: "", href: "/admin/proposals" }]
            : todo
        }
      />

      <CohostInvitations invitations={invitations} action={answerInvitationAction} returnTo="/admin" />

      {moderation && <ModerationSummary counts={moderation} />}

      {canPost && (
        <>
          {drafts.length > 0 && (
            <section aria-labelledby="drafts-heading" className="space-y-2">
              <h2 id="drafts-heading" className="text-xl font-bold">
                {t("draftsHeading")}
              </h2>
              <AdminEventTable events={drafts} caption={t("draftsCaption")} empty={t("noDrafts")} />
              {draftCount > drafts.length && (
                <p>
                  <StaffLink href="/admin/events?show=drafts">
                    {t("allDrafts", { count: draftCount })}
                  </StaffLink>
                </p>
              )}
            </section>
          )}
          <section aria-labelledby="upcoming-heading" className="space-y-2">
            <h2 id="upcoming-heading" className="text-xl font-bold">
              {t("upcomingHeading")}
            </h2>
            <AdminEventTable events={upcoming} caption={t("upcomingHeading")} empty={t("noUpcoming")} />
            <p>
              <StaffLink href="/admin/events">{t("allEvents")}</StaffLink>
            </p>
          </section>
        </>
      )}

      <section aria-labelledby="departments-heading" className="space-y-2">
        <h2 id="departments-heading" className="text-xl font-bold">
          {t("departmentsHeading")}
        </h2>
        {user.isSiteAdmin && (
          <p>
            {t.rich("siteAdmin", {
              link: (chunks) => <StaffLink href="/admin/departments">{chunks}</StaffLink>,
            })}
          </p>
        )}
        {departments.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6">
            {departments.map((d) => (
              <li key={d.id}>
                <StaffLink href={`/departments/${d.slug}`}>{d.name}</StaffLink>
                <span className="text-slate-700">
                  {" — "}
                  {d.roles.map((role) => t(role === "Staff" ? "role.staff" : "role.moderator")).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          !user.isSiteAdmin && <p>{t("noDepartments")}</p>
        )}
      </section>
    </div>
  );
}
