// For pages (not actions): send anonymous visitors to sign in, and answer 404 to
// signed-in users without the right, so admin pages never reveal what exists.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isLocale, localizedPath } from "@/lib/i18n/routing";
import { getCurrentUser } from "./session";
import { logRefusal } from "./guards";
import type { CurrentUser } from "./current-user";

export async function userForPage(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    logRefusal(null, `page ${path}`);
    // To sign in, and back, in the page's language.
    const locale = await getLocale();
    const language = isLocale(locale) ? locale : "en";
    redirect(localizedPath(language, `/signin?callbackUrl=${encodeURIComponent(localizedPath(language, path))}`));
  }
  return user;
}

/** Runs a guard from lib/auth/guards.ts for a page: 401 → sign in, 403 → 404. */
export async function guardPage<T>(path: string, guard: (user: CurrentUser) => Promise<T>): Promise<T> {
  const user = await userForPage(path);
  try {
    return await guard(user);
  } catch (error) {
    if (error instanceof Error && (error.name === "ForbiddenError" || error.name === "UnauthorizedError"))
      notFound();
    throw error;
  }
}
