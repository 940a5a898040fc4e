// A signed-in person changes their password: every session of the account ends,
// this one included, so a stolen session cannot outlive the change.
import { messageKey } from "@/lib/actions/message-key";
import "server-only";
import { prisma } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { requireUser, type CurrentUser } from "@/lib/auth/guards";

export async function changePassword(
  user: CurrentUser | null,
  input: { currentPassword: string; password: string },
): Promise<{ userId: string }> {
  const actor = await requireUser(user);
  const stored = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  if (!stored.passwordHash || !(await verifyPassword(input.currentPassword, stored.passwordHash))) {
    throw new InputError({ currentPassword: [messageKey("Forms.password.currentWrong")] });
  }
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (db) => {
    await db.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAudit(db, {
      actorId: actor.id,
      action: "user.changed_password",
      entityType: "User",
      entityId: actor.id,
    });
  });
  return { userId: actor.id };
}
