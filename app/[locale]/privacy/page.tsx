import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/routing";
import { OperatorContact, TrustPage, TrustSection } from "@/components/trust/trust-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Trust.privacy");
  return { title: t("title"), alternates: await pageAlternates("/privacy") };
}

/** What the site keeps about the people who use it, for how long, and who sees it. */
export default async function PrivacyPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Trust.privacy" });
  const alerts = await getTranslations({ locale, namespace: "Alerts" });
  return (
    <TrustPage title={t("title")}>
      <p>{t("intro")}</p>
      <TrustSection heading={t("commentsHeading")}>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("name")}</li>
          <li>{t("email")}</li>
          <li>{t("address")}</li>
        </ul>
        <p>{t("commentsKept")}</p>
      </TrustSection>
      <TrustSection heading={alerts("privacyHeading")}>
        <p>{alerts("privacyNotice")}</p>
      </TrustSection>
      <TrustSection heading={t("proposalsHeading")}>
        <p>{t("proposals")}</p>
      </TrustSection>
      <TrustSection heading={t("whoHeading")}>
        <p>{t("who")}</p>
      </TrustSection>
      <TrustSection heading={t("browserHeading")}>
        <p>{t("browser")}</p>
      </TrustSection>
      <TrustSection heading={t("staffHeading")}>
        <p>{t("staff")}</p>
      </TrustSection>
      <TrustSection heading={t("askHeading")}>
        <OperatorContact locale={locale} />
      </TrustSection>
    </TrustPage>
  );
}
