"use server";
// Sign-out as a server action: works without JS, and Next.js checks the request's origin.
// It ends the session in the database, so a copy of the cookie stops working too.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions, sessionCookieName, usesSecureCookies } from "./options";
import { endSession } from "./user-sessions";

export async function signOutAction(): Promise<void> {
  const session = await getServerSession(authOptions);
  if (typeof session?.sessionId === "string") await endSession(session.sessionId);
  const store = await cookies();
  const name = sessionCookieName();
  // next-auth splits large tokens into name.0, name.1, …
  for (const cookie of store.getAll()) {
    if (cookie.name === name || cookie.name.startsWith(`${name}.`)) {
      // Expired with the attributes it was set with: browsers ignore a __Secure- cookie
      // sent without Secure, so a plain delete would leave the session signed in on https.
      store.set(cookie.name, "", {
        expires: new Date(0),
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: usesSecureCookies(),
      });
    }
  }
  redirect("/signin?signedOut=1");
}
