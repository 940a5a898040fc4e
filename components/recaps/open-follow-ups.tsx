// A department's follow-ups still open or in progress, across its events.
import { getTranslations } from "next-intl/server";
import type { OpenFollowUp } from "@/lib/recaps/queries";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { formatLongDate, formatShortDate } from "@/lib/time/format";
import { FollowUpStateBadge } from "./follow-up-state";

export async function OpenFollowUps({
  followUps,
  departmentName,
  locale,
}: {
  followUps: OpenFollowUp[];
  departmentName: string;
  /** The page's language (given, since the page may render inside a 'use cache' scope). */
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Recaps" });
  return (
    <section aria-labelledby="open-follow-ups" className="space-y-3">
      <h2 id="open-follow-ups" className="text-2xl font-bold">
        {t("openHeading", { name: departmentName })}
      </h2>
      {followUps.length === 0 ? (
        <p>{t("noOpen")}</p>
      ) : (
        <ul className="space-y-3">
          {followUps.map((followUp) => {
            const { event } = followUp.recap;
            return (
              <li key={followUp.id} className="rounded-lg border border-slate-300 p-3">
                <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <Link
                    href={`/events/${event.slug}#follow-up-${followUp.id}`}
                    locale={locale}
                    className="font-semibold"
                  >
                    {followUp.title}
                  </Link>
                  <FollowUpStateBadge state={followUp.state} locale={locale} />
                </p>
                <p className="text-sm text-slate-700">
                  {t("promisedAt", {
                    event: event.title,
                    date: formatLongDate(event.startsAt, event.timeZone, locale),
                    updated: formatShortDate(followUp.updatedAt, event.timeZone, locale),
                  })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
