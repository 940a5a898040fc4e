"use server";
// Server actions for the site settings (site admins only).
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { localizedPath } from "@/lib/i18n/routing";
import { revalidateSiteSettings } from "./cache";
import { SiteSettingsSchema } from "./schemas";
import { updateSiteSettings } from "./update-site-settings";

export const updateSiteSettingsAction = safeAction(SiteSettingsSchema, updateSiteSettings, {
  onSuccess: (_result, _input, { locale }) => {
    revalidateSiteSettings();
    redirect(localizedPath(locale, "/admin/site?notice=saved"));
  },
});
