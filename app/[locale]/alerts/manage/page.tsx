import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { unsubscribeAction } from "@/lib/alerts/actions";
import { findSubscriptionByManageToken } from "@/lib/alerts/queries";
import { ButtonForm } from "@/components/forms/button-form";
import { ChangeSubscriptionForm } from "@/components/alerts/change-form";
import { changeFormLabels } from "@/components/alerts/form-labels";
import { InvalidAlertLink } from "@/components/alerts/invalid-link";
import { SubscriptionSummary } from "@/components/alerts/subscription-summary";
import { alertPageMetadata } from "../page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return alertPageMetadata("manage.title", "/alerts/manage");
}

type Props = { searchParams: Promise<{ token?: string; notice?: string }> };

/** Change or stop one's alerts, from the link in any alert email. */
export default async function ManageAlertsPage({ searchParams }: Props) {
  const { token, notice } = await searchParams;
  const subscription = await findSubscriptionByManageToken(typeof token === "string" ? token : undefined);
  if (!subscription || !token) return <InvalidAlertLink />;
  const [t, labels] = await Promise.all([getTranslations("Alerts"), changeFormLabels()]);
  const said = notice === "confirmed" ? t("manage.confirmed") : notice === "saved" ? t("answer.saved") : null;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("manage.title")}</h1>
      {said && (
        <p
          role="status"
          tabIndex={-1}
          autoFocus
          className="rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-900"
        >
          {said}
        </p>
      )}
      {!subscription.confirmedAt && <p className="font-semibold">{t("manage.pending")}</p>}
      <SubscriptionSummary subscription={subscription} />
      <section aria-labelledby="change-alerts" className="space-y-3">
        <h2 id="change-alerts" className="text-xl font-bold">
          {t("manage.change")}
        </h2>
        <ChangeSubscriptionForm
          token={token}
          frequency={subscription.frequency}
          radiusMiles={subscription.zip ? subscription.radiusMiles : null}
          labels={labels}
        />
      </section>
      <section aria-labelledby="stop-alerts" className="space-y-3">
        <h2 id="stop-alerts" className="text-xl font-bold">
          {t("manage.stopHeading")}
        </h2>
        <p>{t("manage.stopIntro")}</p>
        <ButtonForm
          action={unsubscribeAction}
          hidden={{ token }}
          label={t("manage.stopButton")}
          variant="danger"
        />
      </section>
    </div>
  );
}
