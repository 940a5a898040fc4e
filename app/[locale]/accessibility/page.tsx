import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/routing";
import { OperatorContact, TrustPage, TrustSection } from "@/components/trust/trust-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Trust.accessibility");
  return { title: t("title"), alternates: await pageAlternates("/accessibility") };
}

/** What the site does for people with disabilities, what it does not yet, and whom to tell. */
export default async function AccessibilityPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Trust.accessibility" });
  return (
    <TrustPage title={t("title")}>
      <p>{t("intro")}</p>
      <TrustSection heading={t("doesHeading")}>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("keyboard")}</li>
          <li>{t("screenReaders")}</li>
          <li>{t("noScript")}</li>
          <li>{t("phones")}</li>
          <li>{t("languages")}</li>
        </ul>
      </TrustSection>
      <TrustSection heading={t("limitsHeading")}>
        <p>{t("limits")}</p>
      </TrustSection>
      <TrustSection heading={t("reportHeading")}>
        <p>{t("report")}</p>
        <OperatorContact locale={locale} channel="accessibility" />
      </TrustSection>
    </TrustPage>
  );
}
