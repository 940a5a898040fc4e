import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findDepartmentIdBySlug } from "@/lib/alerts/queries";
import { DEFAULT_RADIUS } from "@/lib/alerts/limits";
import { issueFormToken } from "@/lib/comments/form-token";
import { listDepartmentOptions } from "@/lib/departments/queries";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { subscribeFormLabels } from "@/components/alerts/form-labels";
import { alertPageMetadata } from "./page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return alertPageMetadata("title", "/alerts");
}

type Props = { searchParams: Promise<{ zip?: string | string[]; department?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Sign up for alerts: reached from an event ("near here", its ZIP code) or a department's page. */
export default async function AlertsPage({ searchParams }: Props) {
  const params = await searchParams;
  const zip = first(params.zip) ?? "";
  const [t, labels, departments, departmentId] = await Promise.all([
    getTranslations("Alerts"),
    subscribeFormLabels(),
    listDepartmentOptions(),
    findDepartmentIdBySlug(first(params.department)),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="text-slate-700">{t("privacy")}</p>
      <SubscribeForm
        labels={labels}
        departments={departments}
        timeTrap={issueFormToken()}
        start={{
          kind: departmentId ? "department" : "near",
          zip: /^\d{5}$/.test(zip) ? zip : "",
          radiusMiles: String(DEFAULT_RADIUS),
          departmentId: departmentId ?? "",
        }}
      />
    </div>
  );
}
