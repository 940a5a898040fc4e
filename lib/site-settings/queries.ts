// Reads of the site settings: the stored row merged with the environment's defaults.
// The trust pages' copy is cached and tagged: a save shows at once; a changed environment
// default shows when the entry is next refreshed (the "profiles" lifetime, 15 minutes).
import "server-only";
import { prisma } from "@/lib/db/client";
import { DEFAULT_SITE_OPERATOR, env } from "@/lib/env";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import { cachedFor } from "@/lib/cache/cached-for";
import { SITE_SETTINGS_TAG } from "./cache";

const storedSelect = { operatorName: true, contactEmail: true, accessibilityEmail: true } as const;

/** SITE_OPERATOR as set, or null when it was left unset (the pages then say "the team that runs this site" in their language). */
const configuredOperator = () => (env().SITE_OPERATOR === DEFAULT_SITE_OPERATOR ? null : env().SITE_OPERATOR);

export type OperatorDetails = {
  /** Who runs the site; null: nobody named it (the page names "the team" in its language). */
  operator: string | null;
  /** Where residents write to the operators; null: no address is shown. */
  contactEmail: string | null;
  /** Where accessibility problems go: its own address, else the contact address. */
  accessibilityEmail: string | null;
};

/** Who runs the site and how to reach them, as the trust pages show it. Public. */
export async function getOperatorDetails(): Promise<OperatorDetails> {
  "use cache";
  cachedFor("profiles", SITE_SETTINGS_TAG);
  const stored = await prisma.siteSettings.findUnique({ where: { id: 1 }, select: storedSelect });
  const contactEmail = stored?.contactEmail ?? env().SITE_CONTACT_EMAIL ?? null;
  return {
    operator: stored?.operatorName ?? configuredOperator(),
    contactEmail,
    accessibilityEmail: stored?.accessibilityEmail ?? contactEmail,
  };
}

/** Site admins: what is stored (empty: the default applies), and the environment's defaults. */
export async function getSiteSettingsForEditing(user: CurrentUser | null) {
  await requireAdmin(user);
  const stored = await prisma.siteSettings.findUnique({
    where: { id: 1 },
    select: storedSelect,
  });
  return {
    stored: {
      operatorName: stored?.operatorName ?? "",
      contactEmail: stored?.contactEmail ?? "",
      accessibilityEmail: stored?.accessibilityEmail ?? "",
    },
    defaults: { operatorName: configuredOperator(), contactEmail: env().SITE_CONTACT_EMAIL ?? null },
  };
}
