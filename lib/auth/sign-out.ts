"use server";
// Sign-out as a server action: works without JS, and Next.js checks the request's origin.
// It ends the session in the database, so a copy of the cookie stops working too.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { formLocale } from "@/lib/actions/translate-answer";
import { localizedPath } from "@/lib/i18n/routing";
import { authOptions, sessionCookieName, usesSecureCookies } from "./options";
import { endSession } from "./user-sessions";

/** The form sends its page's language, for the sign-in page to come back to. */
export async function signOutAction(formData: FormData): Promise<void> {
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
  redirect(localizedPath(formLocale(formData), "/signin?signedOut=1"));
}
