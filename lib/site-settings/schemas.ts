// The site settings form (site admins): who runs the site and how residents reach them,
// shown on the trust pages (contact, privacy, accessibility). A field left empty falls
// back to the environment's value (SITE_OPERATOR, SITE_CONTACT_EMAIL).
import { z } from "zod";
import { email, optionalText } from "@/lib/actions/fields";
import { SITE_SETTINGS_LIMITS as L } from "./limits";

const optionalEmail = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  email.optional(),
);

export const SiteSettingsSchema = z.object({
  operatorName: optionalText("AdminSite.error.operatorName", L.operatorName.max),
  contactEmail: optionalEmail,
  accessibilityEmail: optionalEmail,
});

export type SiteSettingsInput = z.output<typeof SiteSettingsSchema>;
