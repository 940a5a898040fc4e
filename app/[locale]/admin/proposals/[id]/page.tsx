import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/page-guards";
import type { Locale } from "@/lib/i18n/routing";
import { declineProposalAction } from "@/lib/proposals/actions";
import { getProposalForStaff, type ProposalDetail } from "@/lib/proposals/queries";
import { formatLongDate } from "@/lib/time/format";
import { StaffLink } from "@/components/admin/staff-link";
import { Paragraphs } from "@/components/prose";
import { DeclineForm } from "@/components/proposals/admin/decline-form";
import { ProposalStatusTag, placeLine, suggestedDay } from "@/components/proposals/admin/proposal-parts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminProposals");
  return { title: t("one") };
}

type Props = { params: Promise<{ id: string }> };

/** One proposal for its department's staff (anyone else: 404): what was proposed, and the answer. */
export default async function ProposalPage({ params }: Props) {
  const { id } = await params;
  const proposal = await guardPage(`/admin/proposals/${id}`, (user) => getProposalForStaff(user, id));
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("AdminProposals");
  const zone = proposal.department.timeZone;
  const place = placeLine(proposal);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <StaffLink href="/admin/proposals">{t("back")}</StaffLink>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{t("heading", { place })}</h1>
        <ProposalStatusTag status={proposal.status} />
      </div>
      <p>
        {t("receivedOn", {
          date: formatLongDate(proposal.createdAt, zone, locale),
          department: proposal.department.name,
        })}
      </p>
      {proposal.holdReason && <p className="text-amber-900">{t("held", { reason: proposal.holdReason })}</p>}

      <ProposalFacts proposal={proposal} locale={locale} />
      <Answer proposal={proposal} locale={locale} />
    </div>
  );
}

async function ProposalFacts({ proposal, locale }: { proposal: ProposalDetail; locale: Locale }) {
  const t = await getTranslations("AdminProposals");
  const zone = proposal.department.timeZone;
  const venue = proposal.venue;
  return (
    <dl className="space-y-4">
      <div>
        <dt className="text-lg font-bold">{t("placeHeading")}</dt>
        <dd>
          {venue ? (
            `${venue.name}, ${venue.streetAddress}, ${venue.city}, ${venue.state} ${venue.postalCode}`
          ) : (
            <>
              {`${proposal.placeName ?? ""}, ${proposal.streetAddress ?? ""}, ${proposal.city ?? ""}, ${proposal.state ?? ""} ${proposal.postalCode ?? ""}`}
              <span className="block text-sm text-slate-700">{t("newPlace")}</span>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt className="text-lg font-bold">{t("datesHeading")}</dt>
        <dd>
          <ol className="list-decimal pl-6">
            {proposal.suggestedDates.map((date) => (
              <li key={date}>{suggestedDay(date, zone, locale)}</li>
            ))}
          </ol>
        </dd>
      </div>
      <div>
        <dt className="text-lg font-bold">{t("noteHeading")}</dt>
        <dd>
          <Paragraphs text={proposal.note} />
        </dd>
      </div>
      <div>
        <dt className="text-lg font-bold">{t("fromHeading")}</dt>
        <dd>
          <p>{proposal.proposerName ?? t("anonymous")}</p>
          {proposal.email ? (
            <p>
              {t("emailLabel")}: <a href={`mailto:${proposal.email}`}>{proposal.email}</a>
            </p>
          ) : (
            <p className="text-slate-700">{proposal.emailHidden ? t("emailHidden") : t("noEmail")}</p>
          )}
          <p className="text-sm text-slate-700">
            {t("language", { language: t(proposal.locale === "es" ? "languages.es" : "languages.en") })}
          </p>
        </dd>
      </div>
    </dl>
  );
}

async function Answer({ proposal, locale }: { proposal: ProposalDetail; locale: Locale }) {
  const t = await getTranslations("AdminProposals");
  const zone = proposal.department.timeZone;
  const decided = proposal.decidedAt ? formatLongDate(proposal.decidedAt, zone, locale) : "";
  if (proposal.status === "PENDING") {
    return (
      <>
        <section
          aria-labelledby="accept-heading"
          className="space-y-2 rounded-lg border-2 border-green-700 p-4"
        >
          <h2 id="accept-heading" className="text-xl font-bold">
            {t("acceptHeading")}
          </h2>
          <p>{t("acceptIntro")}</p>
          <p>
            <StaffLink
              href={`/admin/proposals/${proposal.id}/accept`}
              className="inline-block rounded-md bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
            >
              {t("accept")}
            </StaffLink>
          </p>
        </section>
        <section
          aria-labelledby="decline-heading"
          className="space-y-2 rounded-lg border-2 border-slate-400 p-4"
        >
          <h2 id="decline-heading" className="text-xl font-bold">
            {t("declineHeading")}
          </h2>
          <DeclineForm
            action={declineProposalAction}
            proposalId={proposal.id}
            labels={{
              reason: t("reason"),
              reasonHint: t("reasonHint"),
              decline: t("decline"),
              fields: { reason: t("fields.reason") },
            }}
          />
        </section>
      </>
    );
  }
  const told = proposal.notifiedAt
    ? t("notified", { date: formatLongDate(proposal.notifiedAt, zone, locale) })
    : proposal.email || proposal.emailHidden
      ? t("notYetNotified")
      : null;
  return (
    <section className="space-y-2 rounded-lg border-2 border-slate-400 p-4">
      {proposal.status === "ACCEPTED" ? (
        <p>
          {proposal.eventId
            ? t.rich("acceptedAs", {
                date: decided,
                link: (chunks) => <StaffLink href={`/admin/events/${proposal.eventId}`}>{chunks}</StaffLink>,
              })
            : t("acceptedEventGone", { date: decided })}
        </p>
      ) : (
        <p>{t("declinedOn", { date: decided, reason: proposal.declineReason ?? "" })}</p>
      )}
      {told && <p className="text-slate-700">{told}</p>}
    </section>
  );
}
