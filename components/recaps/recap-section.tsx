// A past event's recap, first on its page: how many came, what was talked about, and
// each follow-up the department promised, with its dated notes and the questions it answers.
import { getTranslations } from "next-intl/server";
import type { PublicRecap } from "@/lib/recaps/queries";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/routing";
import { formatLongDate, isoWithOffset } from "@/lib/time/format";
import { Paragraphs } from "@/components/prose";
import { FollowUpCard } from "./follow-up-card";

export async function RecapSection({
  recap,
  hostNames,
  timeZone,
  locale: given,
}: {
  recap: PublicRecap | null;
  hostNames: string;
  timeZone: string;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
}) {
  const locale = given ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "Recaps" });
  if (!recap) {
    return (
      <section aria-labelledby="recap-heading" className="rounded-lg border-2 border-slate-300 p-4">
        <h2 id="recap-heading" className="text-xl font-bold">
          {t("heading")}
        </h2>
        <p className="mt-1">{t("notYet", { hosts: hostNames })}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="recap-heading" className="space-y-4 rounded-lg border-2 border-brand-700 p-4">
      <div>
        <h2 id="recap-heading" className="text-2xl font-bold">
          {t("heading")}
        </h2>
        <p className="text-sm text-slate-700">
          {t.rich("publishedBy", {
            hosts: hostNames,
            date: formatLongDate(recap.publishedAt, timeZone, locale),
            time: (chunks) => <time dateTime={isoWithOffset(recap.publishedAt, timeZone)}>{chunks}</time>,
          })}
        </p>
      </div>
      <p className="text-lg">
        {t.rich("attendance", {
          count: recap.attendance,
          number: recap.attendance.toLocaleString(locale === "es" ? "es-US" : "en-US"),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <Paragraphs text={recap.summary} />
      <div className="space-y-3">
        <h3 className="text-xl font-bold">{t("promised")}</h3>
        {recap.followUps.length === 0 ? (
          <p>{t("noFollowUps")}</p>
        ) : (
          <ol className="space-y-4">
            {recap.followUps.map((followUp) => (
              <li key={followUp.id}>
                <FollowUpCard
                  followUp={followUp}
                  timeZone={timeZone}
                  heading="h4"
                  questionHref={(id) => `#comment-${id}`}
                  locale={locale}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
