// Staff's list of proposals: one card per proposal (reads at 375 px as on a desktop),
// its place linking to the proposal's page.
import { getLocale, getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import type { Locale } from "@/lib/i18n/routing";
import type { ProposalListRow } from "@/lib/proposals/queries";
import { formatLongDate } from "@/lib/time/format";
import { ProposalStatusTag, placeLine, suggestedDay } from "./proposal-parts";

type Props = { proposals: ProposalListRow[]; label: string; empty: string };

export async function ProposalList({ proposals, label, empty }: Props) {
  if (proposals.length === 0) return <p className="text-slate-700">{empty}</p>;
  const t = await getTranslations("AdminProposals");
  const locale = (await getLocale()) as Locale;
  return (
    <ul aria-label={label} className="space-y-3">
      {proposals.map((proposal) => {
        const zone = proposal.department.timeZone;
        const place = placeLine(proposal);
        return (
          <li key={proposal.id} className="rounded-lg border-2 border-slate-300 p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <StaffLink
                href={`/admin/proposals/${proposal.id}`}
                className="font-semibold"
                aria-label={t("review", { place })}
              >
                {place}
              </StaffLink>
              <ProposalStatusTag status={proposal.status} />
            </div>
            <dl className="mt-1 grid gap-x-3 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("columns.department")}</dt>
              <dd>{proposal.department.name}</dd>
              <dt className="font-semibold">{t("columns.dates")}</dt>
              <dd>{proposal.suggestedDates.map((date) => suggestedDay(date, zone, locale)).join(" · ")}</dd>
              <dt className="font-semibold">{t("columns.received")}</dt>
              <dd>{formatLongDate(proposal.createdAt, zone, locale)}</dd>
            </dl>
            {proposal.holdReason && (
              <p className="mt-1 text-sm text-amber-900">{t("held", { reason: proposal.holdReason })}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
