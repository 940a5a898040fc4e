import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** A confirm, manage or unsubscribe link that names nothing (expired, or the alerts were stopped). */
export async function InvalidAlertLink() {
  const t = await getTranslations("Alerts.invalidLink");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900">
        {t("body")}
      </p>
      <p>
        <Link href="/alerts">{t("again")}</Link>
      </p>
    </div>
  );
}
