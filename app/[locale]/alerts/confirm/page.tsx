import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { confirmAction } from "@/lib/alerts/actions";
import { findSubscriptionByConfirmToken } from "@/lib/alerts/queries";
import { ButtonForm } from "@/components/forms/button-form";
import { InvalidAlertLink } from "@/components/alerts/invalid-link";
import { SubscriptionSummary } from "@/components/alerts/subscription-summary";
import { alertPageMetadata } from "../page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return alertPageMetadata("confirm.title", "/alerts/confirm");
}

type Props = { searchParams: Promise<{ token?: string }> };

/** The confirmation link of double opt-in. Opening it changes nothing (mail scanners open links); the button does. */
export default async function ConfirmAlertsPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const subscription = await findSubscriptionByConfirmToken(typeof token === "string" ? token : undefined);
  if (!subscription || !token) return <InvalidAlertLink />;
  const t = await getTranslations("Alerts.confirm");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{subscription.confirmedAt ? t("already") : t("intro")}</p>
      <SubscriptionSummary subscription={subscription} />
      <ButtonForm action={confirmAction} hidden={{ token }} label={t("button")} variant="primary" />
    </div>
  );
}
