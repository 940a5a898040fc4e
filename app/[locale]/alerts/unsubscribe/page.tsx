import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { unsubscribeAction } from "@/lib/alerts/actions";
import { findSubscriptionByManageToken } from "@/lib/alerts/queries";
import { Link } from "@/lib/i18n/navigation";
import { ButtonForm } from "@/components/forms/button-form";
import { InvalidAlertLink } from "@/components/alerts/invalid-link";
import { SubscriptionSummary } from "@/components/alerts/subscription-summary";
import { alertPageMetadata } from "../page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return alertPageMetadata("unsubscribe.title", "/alerts/unsubscribe");
}

type Props = { searchParams: Promise<{ token?: string }> };

/**
 * The "unsubscribe" link in an email's text: one button. (Mail clients use the
 * List-Unsubscribe header's address instead, which POSTs with no page: app/api/alerts/unsubscribe.)
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const subscription = await findSubscriptionByManageToken(typeof token === "string" ? token : undefined);
  if (!subscription || !token) return <InvalidAlertLink />;
  const t = await getTranslations("Alerts");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t("unsubscribe.title")}</h1>
      <p>{t("unsubscribe.intro")}</p>
      <SubscriptionSummary subscription={subscription} />
      <ButtonForm
        action={unsubscribeAction}
        hidden={{ token }}
        label={t("manage.stopButton")}
        variant="danger"
      />
      <p>
        <Link href={`/alerts/manage?token=${encodeURIComponent(token)}`}>
          {t("unsubscribe.manageInstead")}
        </Link>
      </p>
    </div>
  );
}
