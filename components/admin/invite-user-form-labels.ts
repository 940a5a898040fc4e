// The invitation and role form's words, read on the server: the form is a client
// component and gets them as props (decision 0021).
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/routing";
import { ROLES } from "@/lib/users/schemas";
import type { RoleFormLabels } from "./invite-user-form";

export async function roleFormLabels(): Promise<RoleFormLabels> {
  const t = await getTranslations("AdminPeople.form");
  const language = await getTranslations("Emails.invitationLanguage");
  return {
    fields: {
      email: t("email"),
      name: t("name"),
      departmentId: t("department"),
      role: t("role"),
      emailLanguage: language("field"),
    },
    emailLanguages: LOCALES.map((locale) => ({ value: locale, label: language(locale) })),
    emailLanguageHint: language("hint"),
    pageLanguage: await getLocale(),
    roles: ROLES.map((role) => ({ value: role, label: t(`roleChoice.${role}`) })),
    choose: t("choose"),
    override: t("override"),
    overrideHint: t("overrideHint"),
    add: t("add"),
    invite: t("invite"),
  };
}
