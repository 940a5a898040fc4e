import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitchLink } from "@/components/i18n/language-switch-link";
import type { Locale } from "@/lib/i18n/routing";

export async function SiteHeader() {
  const t = await getTranslations("Site");
  const other: Locale = (await getLocale()) === "es" ? "en" : "es";
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-brand-100">
          <span aria-hidden="true">☕ </span>
          {t("name")}
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            <li>
              <Link href="/" className="text-white hover:text-brand-100">
                {t("upcoming")}
              </Link>
            </li>
            <li>
              <Link href="/events" className="text-white hover:text-brand-100">
                {t("findNearYou")}
              </Link>
            </li>
            <li>
              <Link href="/departments" className="text-white hover:text-brand-100">
                {t("departments")}
              </Link>
            </li>
            <li>
              {/* Static, so public pages never read the session: /admin sends visitors to sign in, and signed-in staff to their dashboard. */}
              <Link href="/admin" className="text-white hover:text-brand-100">
                {t("forStaff")}
              </Link>
            </li>
            <li>
              <LanguageSwitchLink to={other} label={t("otherLanguage")} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
