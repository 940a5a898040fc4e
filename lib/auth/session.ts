// Reads the signed session cookie of the current request and loads its user.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { loadCurrentUser, type CurrentUser } from "./current-user";
import { isSessionLive } from "./user-sessions";

/**
 * The signed-in user, or null; loaded once per request and checked against the database:
 * the session must still be live (not signed out or expired), the account active.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const { userId, sessionVersion, sessionId } = session ?? {};
  if (typeof userId !== "string" || typeof sessionVersion !== "number" || typeof sessionId !== "string") {
    return null;
  }
  const [live, user] = await Promise.all([
    isSessionLive(sessionId, userId),
    loadCurrentUser({ userId, sessionVersion }),
  ]);
  return live ? user : null;
});
