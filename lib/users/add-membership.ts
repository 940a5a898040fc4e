// Site admins give a person a role in a department (staff need an email on its verified
// domains unless the admin overrides).
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
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
  if (!person) throw new InputError({}, messageKey("AdminPeople.error.personGone"));
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
    return { userId: input.userId, departmentIds: [input.departmentId] };
  });
}
