import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { listManagedEvents, listPendingInvitations, type EventListScope } from "@/lib/events/staff-queries";
import { AdminEventTable } from "@/components/admin/admin-event-table";
import { Notice } from "@/components/admin/notice";
import { CohostInvitations } from "@/components/admin/cohost-invitations";
import { answerInvitationAction } from "@/lib/events/actions";
import { AdminPageHeader } from "@/components/admin/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminEvents");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ show?: string; notice?: string }> };

const TABS: EventListScope[] = ["upcoming", "drafts", "past"];

export default async function AdminEventsPage({ searchParams }: Props) {
  const user = await guardPage("/admin/events", requireStaff);
  const params = await searchParams;
  const t = await getTranslations("AdminEvents");
  const tab = TABS.find((scope) => scope === params.show) ?? TABS[0]!;
  const [events, invitations] = await Promise.all([
    listManagedEvents(user, { scope: tab }),
    listPendingInvitations(user),
  ]);
  return (
    <div className="space-y-5">
      <Notice code={params.notice} />
      <AdminPageHeader title={t("title")} create={{ href: "/admin/events/new", label: t("newEvent") }} />
      <CohostInvitations invitations={invitations} action={answerInvitationAction} returnTo="/admin/events" />
      <nav aria-label={t("tabs.label")}>
        <ul className="flex gap-4">
          {TABS.map((scope) => (
            <li key={scope}>
              <StaffLink
                href={`/admin/events?show=${scope}`}
                aria-current={scope === tab ? "page" : undefined}
                className={scope === tab ? "font-bold no-underline" : undefined}
              >
                {t(`tabs.${scope}`)}
              </StaffLink>
            </li>
          ))}
        </ul>
      </nav>
      <AdminEventTable events={events} empty={t(`empty.${tab}`)} caption={t(`caption.${tab}`)} />
    </div>
  );
}
