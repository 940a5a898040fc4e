import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** Calendar and feed links for the current search (or a department), so it can be followed. */
export async function SubscribeLinks({
  query,
  icsPath = "/events.ics",
  feedPath = "/feed.xml",
  label,
  locale,
  alerts,
}: {
  query: string;
  icsPath?: string;
  feedPath?: string;
  label: string;
  /** The page's language (given, since the page may render inside a 'use cache' scope). */
  locale: Locale;
  /** A link to email alerts beside the feeds (a department page's "Get alerts from this department"). */
  alerts?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "Feeds" });
  return (
    <section aria-label={label} className="rounded-lg border border-slate-200 p-4">
      <h2 className="font-bold">{label}</h2>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <a href={`${icsPath}${query}`}>{t("subscribe")}</a>
        </li>
        <li>
          <a href={`${feedPath}${query}`}>{t("rss")}</a>
        </li>
        <li>
          <a href={`${feedPath}${query ? `${query}&` : "?"}feed=atom`}>{t("atom")}</a>
        </li>
        {alerts && <li>{alerts}</li>}
      </ul>
    </section>
  );
}
