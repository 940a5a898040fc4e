// Who is signing this request: loaded from the database on every request, so a
// deactivated account, a changed password or a changed role ends old sessions at once.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type Role = MembershipRole;

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  isSiteAdmin: boolean;
  memberships: { departmentId: string; role: Role }[];
};

/** The session's claims as the JWT carries them. */
export type SessionClaims = { userId: string; sessionVersion: number };

/** The user behind a session, or null when deactivated or the session version changed. */
export async function loadCurrentUser(claims: SessionClaims): Promise<CurrentUser | null> {
  const user = await prisma.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      isSiteAdmin: true,
      deactivatedAt: true,
      sessionVersion: true,
      memberships: { select: { departmentId: true, role: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || user.deactivatedAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isSiteAdmin: user.isSiteAdmin,
    memberships: user.memberships,
  };
}

/** Ends every session of a user: the next request of each finds an old version. */
export async function endSessions(userId: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
