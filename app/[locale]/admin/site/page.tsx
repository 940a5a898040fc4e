import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/page-guards";
import { updateSiteSettingsAction } from "@/lib/site-settings/actions";
import { getSiteSettingsForEditing } from "@/lib/site-settings/queries";
import { Notice } from "@/components/admin/notice";
import { SiteSettingsForm } from "@/components/admin/site-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminSite");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ notice?: string }> };

/** Site admins: the operator details the trust pages show. Others get a 404 (logged). */
export default async function SiteSettingsPage({ searchParams }: Props) {
  const settings = await guardPage("/admin/site", (user) => getSiteSettingsForEditing(user));
  const { notice } = await searchParams;
  const t = await getTranslations("AdminSite");
  const { defaults } = settings;
  return (
    <div className="max-w-2xl space-y-4">
      <Notice code={notice} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <SiteSettingsForm
        action={updateSiteSettingsAction}
        stored={settings.stored}
        labels={{
          fields: {
            operatorName: t("operatorName"),
            contactEmail: t("contactEmail"),
            accessibilityEmail: t("accessibilityEmail"),
          },
          hints: {
            operatorName: t("operatorNameHint", { fallback: defaults.operatorName ?? t("defaultOperator") }),
            contactEmail: t("contactEmailHint", { fallback: defaults.contactEmail ?? "none" }),
            accessibilityEmail: t("accessibilityEmailHint"),
          },
          save: t("save"),
        }}
      />
    </div>
  );
}
