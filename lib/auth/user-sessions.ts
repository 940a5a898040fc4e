// One row per signed-in browser. The session cookie carries the row's id; a session
// lives while its row is neither ended (signed out) nor expired, whatever the cookie
// says, so a cookie copied before sign-out is refused afterwards.
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";

/** How long a sign-in lasts: a working day. The cookie and its token last as long. */
export const SESSION_SECONDS = 8 * 60 * 60;

export async function startSession(userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await prisma.userSession.create({
    data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_SECONDS * 1000) },
  });
  return id;
}

export async function isSessionLive(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const row = await prisma.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, endedAt: true, expiresAt: true },
  });
  return !!row && row.userId === userId && !row.endedAt && row.expiresAt > now;
}

export async function endSession(sessionId: string, now = new Date()): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}

/** Deletes sessions that ended or expired before `olderThan`; safe from any instance. */
export async function pruneSessions(olderThan: Date): Promise<number> {
  const { count } = await prisma.userSession.deleteMany({
    where: { OR: [{ expiresAt: { lt: olderThan } }, { endedAt: { lt: olderThan } }] },
  });
  return count;
}
