// The first site admin of a new install, made from the command line (npm run
// admin:invite) rather than seeded: no password exists anywhere until that person
// chooses one through a one-time link. See docs/decisions/0011-first-admin-and-demo-data.md.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SiteAdminInvitationSchema } from "./schemas";
import { issueToken } from "./tokens";

export type SiteAdminInvitation =
  | { kind: "invited"; email: string; link: string }
  /** The person already has a password: they are now a site admin and sign in as usual. */
  | { kind: "promoted"; email: string; link: string };

export async function inviteSiteAdmin(
  prisma: PrismaClient,
  input: { email: string; name: string },
  siteUrl: string,
): Promise<SiteAdminInvitation> {
  const { email, name } = SiteAdminInvitationSchema.parse(input);
  return prisma.$transaction(async (db) => {
    const existing = await db.user.findUnique({
      where: { email },
      select: { id: true, passwordHash: true, isSiteAdmin: true },
    });
    const person = existing
      ? await db.user.update({
          where: { id: existing.id },
          data: { isSiteAdmin: true, deactivatedAt: null },
          select: { id: true, passwordHash: true },
        })
      : await db.user.create({
          data: { email, name, isSiteAdmin: true },
          select: { id: true, passwordHash: true },
        });
    await recordAudit(db, {
      actorId: null,
      action: existing ? "user.made-site-admin" : "user.invited",
      entityType: "User",
      entityId: person.id,
      before: existing ? { isSiteAdmin: existing.isSiteAdmin } : null,
      after: { email, isSiteAdmin: true, by: "command line (npm run admin:invite)" },
    });
    if (person.passwordHash) return { kind: "promoted", email, link: `${siteUrl}/signin` };
    const token = await issueToken(db, person.id, "INVITATION");
    return { kind: "invited", email, link: `${siteUrl}/account/accept-invitation?token=${token}` };
  });
}
