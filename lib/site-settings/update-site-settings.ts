// Site admins change who the trust pages name as the site's operator and where residents
// write. One row, one transaction, one audit entry.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import type { SiteSettingsInput } from "./schemas";

const fields = { operatorName: true, contactEmail: true, accessibilityEmail: true } as const;

export async function updateSiteSettings(user: CurrentUser | null, input: SiteSettingsInput) {
  const admin = await requireAdmin(user);
  const data = {
    operatorName: input.operatorName ?? null,
    contactEmail: input.contactEmail ?? null,
    accessibilityEmail: input.accessibilityEmail ?? null,
    updatedById: admin.id,
  };
  return prisma.$transaction(async (db) => {
    const before = await db.siteSettings.findUnique({ where: { id: 1 }, select: fields });
    const after = await db.siteSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...data },
      update: data,
      select: fields,
    });
    await recordAudit(db, {
      actorId: admin.id,
      action: "site-settings.updated",
      entityType: "SiteSettings",
      entityId: "1",
      before,
      after,
    });
    return after;
  });
}
