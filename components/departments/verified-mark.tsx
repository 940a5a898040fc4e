import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** The "verified department" mark, with what it means in words (no tooltip to find). */
export async function VerifiedMark({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Departments" });
  return (
    <div className="flex items-start gap-2 rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-950">
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        width="20"
        height="20"
        className="mt-0.5 shrink-0 fill-green-800"
      >
        <path d="M10 1l2.4 2.2 3.2-.4.6 3.2 2.8 1.6-1.4 2.9 1.4 2.9-2.8 1.6-.6 3.2-3.2-.4L10 19l-2.4-2.2-3.2.4-.6-3.2-2.8-1.6L2.4 10 1 7.1l2.8-1.6.6-3.2 3.2.4z" />
        <path d="M8.6 13.2L5.8 10.4l1.2-1.2 1.6 1.6 4.4-4.4 1.2 1.2z" fill="#fff" />
      </svg>
      <p>
        <strong>{t("verified")}.</strong> {t("verifiedExplanation")}
      </p>
    </div>
  );
}
