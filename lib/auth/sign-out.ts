"use server";
// Sign-out as a server action: works without JS, and Next.js checks the request's origin.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookieName } from "./options";

export async function signOutAction(): Promise<void> {
  const store = await cookies();
  const name = sessionCookieName();
  // next-auth splits large tokens into name.0, name.1, …
  for (const cookie of store.getAll()) {
    if (cookie.name === name || cookie.name.startsWith(`${name}.`)) store.delete(cookie.name);
  }
  redirect("/signin?signedOut=1");
}
