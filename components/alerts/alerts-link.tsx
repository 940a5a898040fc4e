import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/**
 * "Get alerts for events near here" (an event page, by its venue's ZIP code) or "…from
 * this department" (a department page). A plain link: the cached page stays the same for everyone.
 */
export async function AlertsLink({
  zip,
  department,
  locale,
}: {
  zip?: string;
  department?: string;
  /** The page's language (given: the page renders inside a 'use cache' scope). */
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Alerts.links" });
  const query = department
    ? `?department=${encodeURIComponent(department)}`
    : zip
      ? `?zip=${encodeURIComponent(zip)}`
      : "";
  return (
    <Link href={`/alerts${query}`} locale={locale}>
      {department ? t("department") : t("nearEvent")}
    </Link>
  );
}
