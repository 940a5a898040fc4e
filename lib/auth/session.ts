// Reads the signed session cookie of the current request and loads its user.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { loadCurrentUser, type CurrentUser } from "./current-user";

/** The signed-in user, or null; loaded once per request and checked against the database. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session || typeof session.userId !== "string" || typeof session.sessionVersion !== "number") {
    return null;
  }
  return loadCurrentUser({ userId: session.userId, sessionVersion: session.sessionVersion });
});
