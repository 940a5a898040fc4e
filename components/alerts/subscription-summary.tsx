import { getTranslations } from "next-intl/server";
import type { SubscriptionView } from "@/lib/alerts/queries";

/** What a subscription is about, how often, and to which (masked) address. */
export async function SubscriptionSummary({ subscription }: { subscription: SubscriptionView }) {
  const t = await getTranslations("Alerts");
  const about = subscription.department
    ? t("about.department", { department: subscription.department.name })
    : t("about.near", { miles: subscription.radiusMiles ?? 0, zip: subscription.zip ?? "" });
  return (
    <dl className="grid gap-x-4 gap-y-1 rounded-lg border border-slate-300 p-4 sm:grid-cols-[10rem_1fr]">
      <dt className="font-semibold">{t("summary.what")}</dt>
      <dd>{about}</dd>
      <dt className="font-semibold">{t("summary.how")}</dt>
      <dd>{t(`frequency.${subscription.frequency}`)}</dd>
      <dt className="font-semibold">{t("summary.to")}</dt>
      <dd>{subscription.maskedEmail}</dd>
    </dl>
  );
}
