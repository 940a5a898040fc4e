import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { listProposalsForStaff } from "@/lib/proposals/queries";
import { Notice } from "@/components/admin/notice";
import { AdminPageHeader } from "@/components/admin/page-header";
import { ProposalList } from "@/components/proposals/admin/proposal-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminProposals");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ notice?: string }> };

/** The proposals sent to the user's departments: waiting ones first, then the last answered. */
export default async function ProposalsPage({ searchParams }: Props) {
  const { pending, answered } = await guardPage("/admin/proposals", async (user) =>
    listProposalsForStaff(await requireStaff(user)),
  );
  const { notice } = await searchParams;
  const t = await getTranslations("AdminProposals");
  return (
    <div className="space-y-8">
      <Notice code={notice} />
      <AdminPageHeader title={t("title")} />
      <p className="max-w-3xl">{t("intro")}</p>
      <section aria-labelledby="pending-heading" className="space-y-2">
        <h2 id="pending-heading" className="text-xl font-bold">
          {t("pendingHeading")}
        </h2>
        <ProposalList proposals={pending} label={t("pendingCaption")} empty={t("noPending")} />
      </section>
      <section aria-labelledby="answered-heading" className="space-y-2">
        <h2 id="answered-heading" className="text-xl font-bold">
          {t("answeredHeading")}
        </h2>
        <ProposalList proposals={answered} label={t("answeredCaption")} empty={t("noAnswered")} />
      </section>
    </div>
  );
}
