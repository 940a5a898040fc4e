// Pieces of a proposal as staff read it: its place, its suggested dates, its status.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ProposalListRow } from "@/lib/proposals/queries";
import { formatLongDate } from "@/lib/time/format";
import { atLocalTime } from "@/lib/time/local";

/** "Main Street Café, Hartford, CT": the venue the site has, or the place typed. */
export function placeLine(proposal: Pick<ProposalListRow, "venue" | "placeName" | "city" | "state">): string {
  const place = proposal.venue ?? {
    name: proposal.placeName ?? "",
    city: proposal.city,
    state: proposal.state,
  };
  return [place.name, place.city, place.state].filter(Boolean).join(", ");
}

/** A suggested day ("2027-03-03") on the department's calendar, written out. */
export function suggestedDay(dateKey: string, timeZone: string, locale: Locale): string {
  return formatLongDate(atLocalTime(dateKey, "12:00", timeZone), timeZone, locale);
}

const STATUS_STYLE = {
  PENDING: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-green-100 text-green-900",
  DECLINED: "bg-slate-200 text-slate-900",
  SPAM: "bg-red-100 text-red-900",
} as const;

export async function ProposalStatusTag({ status }: { status: ProposalListRow["status"] }) {
  const t = await getTranslations("AdminProposals.status");
  if (status === "SPAM") return null;
  return (
    <span className={`rounded px-2 py-0.5 text-sm font-semibold ${STATUS_STYLE[status]}`}>{t(status)}</span>
  );
}
