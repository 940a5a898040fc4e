// Setting a password from an invitation or reset link: the link is the proof.
import "server-only";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { consumeToken } from "./tokens";

const EXPIRED = messageKey("Forms.password.linkExpired");

/** Public: the token is the proof. Ends every existing session of the account. */
export async function setPasswordWithToken(
  purpose: TokenPurpose,
  input: { token: string; password: string },
): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (db) => {
    const userId = await consumeToken(db, input.token, purpose);
    if (!userId) throw new InputError({}, EXPIRED, 409);
    await db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(db, {
      actorId: userId,
      action: purpose === "INVITATION" ? "user.accepted_invitation" : "user.reset_password",
      entityType: "User",
      entityId: userId,
    });
    return { userId };
  });
}

export const acceptInvitation = (_user: CurrentUser | null, input: { token: string; password: string }) =>
  setPasswordWithToken("INVITATION", input);
export const resetPassword = (_user: CurrentUser | null, input: { token: string; password: string }) =>
  setPasswordWithToken("PASSWORD_RESET", input);
