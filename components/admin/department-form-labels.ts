// The department form's words, read on the server: the form is a client component and
// gets them as props (decision 0021).
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { stateOptions, zoneOptions } from "./place-options";
import { DEPARTMENT_KINDS } from "@/lib/departments/labels";
import type { DepartmentFormLabels } from "./department-form";

export async function departmentFormLabels(): Promise<DepartmentFormLabels> {
  const t = await getTranslations("AdminDepartments.form");
  const locale = (await getLocale()) as Locale;
  const site = await getTranslations("AdminSite");
  return {
    fields: {
      name: t("name"),
      slug: t("slug"),
      kind: t("kind"),
      city: t("city"),
      state: t("state"),
      timeZone: t("timeZone"),
      phone: t("phone"),
      website: t("website"),
      contactUrl: site("departmentContactUrl"),
      about: t("about"),
      aboutEs: t("aboutEs"),
      verifiedDomains: t("verifiedDomains"),
    },
    aboutEsLabel: t("aboutEsLabel"),
    slugHint: t("slugHint"),
    contactUrlHint: site("departmentContactUrlHint"),
    aboutEsHint: t("aboutEsHint"),
    verifiedDomainsHint: t("verifiedDomainsHint"),
    choose: t("choose"),
    states: await stateOptions(locale),
    zones: zoneOptions(locale),
    kinds: DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t(`kindChoice.${kind}`) })),
    create: t("create"),
    save: t("save"),
  };
}
