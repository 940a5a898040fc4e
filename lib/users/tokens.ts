// One-time links for invitations and password resets: a random token goes in the email,
// only its SHA-256 is stored; each expires and works once.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";

type Db = Prisma.TransactionClient;

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  INVITATION: 7 * 24 * 60 * 60_000,
  PASSWORD_RESET: 60 * 60_000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new token for the user; earlier unused tokens for the same purpose stop working. */
export async function issueToken(
  db: Db,
  userId: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.oneTimeToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await db.oneTimeToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose,
      userId,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  });
  return token;
}

/** The user a valid token belongs to, without using it up (for showing the form). */
export async function peekToken(db: Db, token: string, purpose: TokenPurpose, now = new Date()) {
  const row = await db.oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, deactivatedAt: true } },
    },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now || row.user.deactivatedAt)
    return null;
  return row.user;
}

/** Uses the token up, atomically: of two concurrent uses only one succeeds. */
export async function consumeToken(
  db: Db,
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<string | null> {
  const user = await peekToken(db, token, purpose, now);
  if (!user) return null;
  const { count } = await db.oneTimeToken.updateMany({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1 ? user.id : null;
}

/** Deletes tokens used or expired before `olderThan`: they can never work again. */
export async function pruneTokens(db: Db, olderThan: Date): Promise<number> {
  const { count } = await db.oneTimeToken.deleteMany({
    where: { OR: [{ expiresAt: { lt: olderThan } }, { usedAt: { lt: olderThan } }] },
  });
  return count;
}
