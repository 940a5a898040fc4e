// Site admins deactivate an account, and reactivate it. Either ends the person's sessions
// (their session version moves on), so it applies at their next request.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";

// What the audit entry shows before and after.
const select = { deactivatedAt: true, memberships: { select: { departmentId: true } } } as const;

async function setDeactivated(user: CurrentUser | null, input: { userId: string }, deactivate: boolean) {
  const admin = await requireAdmin(user);
  if (deactivate && input.userId === admin.id) {
    throw new InputError({}, messageKey("AdminPeople.error.deactivateSelf"), 409);
  }
  return prisma.$transaction(async (db) => {
    const before = await db.user.findUnique({ where: { id: input.userId }, select });
    if (!before) throw new InputError({}, messageKey("AdminPeople.error.personGone"));
    const after = await db.user.update({
      where: { id: input.userId },
      data: { deactivatedAt: deactivate ? new Date() : null, sessionVersion: { increment: 1 } },
      select,
    });
    await recordAudit(db, {
      actorId: admin.id,
      action: deactivate ? "user.deactivated" : "user.reactivated",
      entityType: "User",
      entityId: input.userId,
      before,
      after,
    });
    return { userId: input.userId, departmentIds: after.memberships.map((m) => m.departmentId) };
  });
}

export const deactivateUser = (user: CurrentUser | null, input: { userId: string }) =>
  setDeactivated(user, input, true);
export const reactivateUser = (user: CurrentUser | null, input: { userId: string }) =>
  setDeactivated(user, input, false);
