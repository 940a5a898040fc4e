// The alert forms' words in the page's language, made on the server and handed to the
// client forms as props (decision 0021: no i18n runtime in the browser).
import { getTranslations } from "next-intl/server";
import { ALERT_FREQUENCIES, ALERT_LIMITS } from "@/lib/alerts/limits";
import type { ChangeFormLabels } from "./change-form";
import type { SubscribeFormLabels } from "./subscribe-form";

async function choices() {
  const t = await getTranslations("Alerts.form");
  return {
    radiusOptions: ALERT_LIMITS.radiusMiles.map((miles) => ({
      value: String(miles),
      label: t("radiusOption", { miles }),
    })),
    frequencies: ALERT_FREQUENCIES.map((value) => ({ value, label: t(`frequency${value}`) })),
  };
}

export async function subscribeFormLabels(): Promise<SubscribeFormLabels> {
  const t = await getTranslations("Alerts.form");
  return {
    ...(await choices()),
    email: t("email"),
    emailHint: t("emailHint"),
    kind: t("kind"),
    kindNear: t("kindNear"),
    kindDepartment: t("kindDepartment"),
    zip: t("zip"),
    zipHint: t("zipHint"),
    radius: t("radius"),
    department: t("department"),
    departmentHint: t("departmentHint"),
    departmentPlaceholder: t("departmentPlaceholder"),
    frequency: t("frequency"),
    honeypot: t("honeypot"),
    submit: t("submit"),
    sending: t("sending"),
  };
}

export async function changeFormLabels(): Promise<ChangeFormLabels> {
  const t = await getTranslations("Alerts");
  return {
    ...(await choices()),
    frequency: t("form.frequency"),
    radius: t("form.radius"),
    save: t("manage.save"),
  };
}
