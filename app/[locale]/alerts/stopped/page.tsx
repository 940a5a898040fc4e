import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { alertPageMetadata } from "../page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return alertPageMetadata("stopped.title", "/alerts/stopped");
}

/** Where unsubscribing lands. */
export default async function AlertsStoppedPage() {
  const t = await getTranslations("Alerts.stopped");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-900">
        {t("body")}
      </p>
      <p>
        <Link href="/alerts">{t("again")}</Link>
      </p>
    </div>
  );
}
