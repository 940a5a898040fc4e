// Site admins grant and revoke roles and deactivate accounts. Each change ends the
// person's sessions (their session version moves on), so it applies at their next request.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { assertDomainAllowed } from "./domains";

export async function addMembership(
  user: CurrentUser | null,
  input: { userId: string; departmentId: string; role: MembershipRole; overrideDomain: boolean },
) {
  const admin = await requireAdmin(user);
  const person = await prisma.user.findUnique({ where: { id: input.userId }, select: { email: true } });
  if (!person) throw new InputError({}, "That person no longer exists.");
  await assertDomainAllowed({ ...input, email: person.email }, "role");
  return prisma.$transaction(async (db) => {
    const membership = await db.membership.upsert({
      where: {
        userId_departmentId_role: {
          userId: input.userId,
          departmentId: input.departmentId,
          role: input.role,
        },
      },
      create: { userId: input.userId, departmentId: input.departmentId, role: input.role },
      update: {},
    });
    await recordAudit(db, {
      actorId: admin.id,
      action: "membership.granted",
      entityType: "Membership",
      entityId: membership.id,
      departmentId: input.departmentId,
      after: { userId: input.userId, role: input.role, overrideDomain: input.overrideDomain },
    });
    return { userId: input.userId };
  });
}

export async function revokeMembership(user: CurrentUser | null, input: { membershipId: string }) {
  const admin = await requireAdmin(user);
  return prisma.$transaction(async (db) => {
    const membership = await db.membership.findUnique({ where: { id: input.membershipId } });
    if (!membership) throw new InputError({}, "That role was already removed.", 409);
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
    return { userId: membership.userId };
  });
}

export async function setDeactivated(
  user: CurrentUser | null,
  input: { userId: string },
  deactivate: boolean,
) {
  const admin = await requireAdmin(user);
  if (deactivate && input.userId === admin.id) {
    throw new InputError({}, "You cannot deactivate your own account. Ask another site admin.", 409);
  }
  return prisma.$transaction(async (db) => {
    const before = await db.user.findUnique({ where: { id: input.userId }, select: { deactivatedAt: true } });
    if (!before) throw new InputError({}, "That person no longer exists.");
    const after = await db.user.update({
      where: { id: input.userId },
      data: { deactivatedAt: deactivate ? new Date() : null, sessionVersion: { increment: 1 } },
      select: { deactivatedAt: true },
    });
    await recordAudit(db, {
      actorId: admin.id,
      action: deactivate ? "user.deactivated" : "user.reactivated",
      entityType: "User",
      entityId: input.userId,
      before,
      after,
    });
    return { userId: input.userId };
  });
}

export const deactivateUser = (user: CurrentUser | null, input: { userId: string }) =>
  setDeactivated(user, input, true);
export const reactivateUser = (user: CurrentUser | null, input: { userId: string }) =>
  setDeactivated(user, input, false);
