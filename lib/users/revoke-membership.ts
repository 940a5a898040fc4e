// Site admins take a role away. The person's sessions end (their session version moves
// on), so the change applies at their next request.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";

export async function revokeMembership(user: CurrentUser | null, input: { membershipId: string }) {
  const admin = await requireAdmin(user);
  return prisma.$transaction(async (db) => {
    const membership = await db.membership.findUnique({ where: { id: input.membershipId } });
    if (!membership) throw new InputError({}, messageKey("AdminPeople.error.roleGone"), 409);
    await db.membership.delete({ where: { id: membership.id } });
    await db.user.update({ where: { id: membership.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(db, {
      actorId: admin.id,
      action: "membership.revoked",
      entityType: "Membership",
      entityId: membership.id,
      departmentId: membership.departmentId,
      before: { userId: membership.userId, role: membership.role },
    });
    return { userId: membership.userId, departmentIds: [membership.departmentId] };
  });
}
