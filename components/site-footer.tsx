import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Site");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-4xl space-y-2 px-4 py-6 text-sm text-slate-700">
        <p>
          <strong>{t("emergency")}</strong> {t("notMonitored")}
        </p>
        <p>{t("freeAndOpen")}</p>
      </div>
    </footer>
  );
}
