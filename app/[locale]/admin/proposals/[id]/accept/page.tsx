import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/page-guards";
import { eventFormOptions } from "@/lib/events/staff-queries";
import { redirect } from "next/navigation";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { acceptProposalAction } from "@/lib/proposals/actions";
import { proposalEventDefaults } from "@/lib/proposals/form-defaults";
import { getProposalForStaff } from "@/lib/proposals/queries";
import { EventForm } from "@/components/admin/event-form";
import { eventFormLabels } from "@/components/admin/event-form-labels";
import { StaffLink } from "@/components/admin/staff-link";
import { Paragraphs } from "@/components/prose";
import { placeLine } from "@/components/proposals/admin/proposal-parts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminProposals");
  return { title: t("accept") };
}

type Props = { params: Promise<{ id: string }> };

/** Accepting a proposal: the event form, filled in from it; saving makes a draft event. */
export default async function AcceptProposalPage({ params }: Props) {
  const { id } = await params;
  const { proposal, user } = await guardPage(`/admin/proposals/${id}/accept`, async (current) => ({
    proposal: await getProposalForStaff(current, id),
    user: current,
  }));
  const locale = (await getLocale()) as Locale;
  if (proposal.status !== "PENDING") redirect(localizedPath(locale, `/admin/proposals/${id}`));
  const options = await eventFormOptions(user);
  const { defaults, newVenue } = proposalEventDefaults(proposal, options);
  const t = await getTranslations("AdminProposals");
  const labels = await eventFormLabels();
  return (
    <div className="space-y-4">
      <p>
        <StaffLink href={`/admin/proposals/${id}`}>{t("one")}</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{t("acceptTitle", { place: placeLine(proposal) })}</h1>
      <p className="max-w-3xl">{t("acceptFormIntro")}</p>
      <details className="max-w-3xl rounded-lg border-2 border-slate-300 p-3" open>
        <summary className="cursor-pointer font-semibold">{t("theirNote")}</summary>
        <div className="mt-2">
          <Paragraphs text={proposal.note} />
        </div>
      </details>
      <EventForm
        action={acceptProposalAction}
        defaults={defaults}
        options={options}
        labels={labels.form}
        newVenueDefaults={newVenue}
        hidden={{ proposalId: proposal.id }}
        draftOnlyLabel={t("saveDraft")}
      />
    </div>
  );
}
