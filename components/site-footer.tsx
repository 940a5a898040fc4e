import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("Site");
  const proposals = await getTranslations("Proposals");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-4xl space-y-2 px-4 py-6 text-sm text-slate-700">
        <p>
          <strong>{t("emergency")}</strong> {t("notMonitored")}
        </p>
        <p>{t("freeAndOpen")}</p>
        <nav aria-label={t("aboutSiteNav")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href="/propose">{proposals("footerLink")}</Link>
            </li>
            <li>
              <Link href="/privacy">{t("privacy")}</Link>
            </li>
            <li>
              <Link href="/accessibility">{t("accessibility")}</Link>
            </li>
            <li>
              <Link href="/contact">{t("contact")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
