// Gives the browser next-auth's CSRF cookie, then returns to the sign-in page: a page
// cannot set cookies while it renders, and the form must carry the matching token.
import { NextResponse } from "next/server";
import { newCsrfCookieValue } from "@/lib/auth/csrf";
import { csrfCookieName, usesSecureCookies } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { DEFAULT_LOCALE, isLocale, localizedPath } from "@/lib/i18n/routing";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const callbackUrl = safeCallbackPath(url.searchParams.get("callbackUrl"));
  // Back to the sign-in page in the language it was asked from.
  const locale = url.searchParams.get("locale");
  const target = new URL(localizedPath(isLocale(locale) ? locale : DEFAULT_LOCALE, "/signin"), url);
  target.searchParams.set("callbackUrl", callbackUrl);
  target.searchParams.set("prepared", "1");
  for (const kept of ["error", "passwordSet", "signedOut"]) {
    const value = url.searchParams.get(kept);
    if (value) target.searchParams.set(kept, value);
  }
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: target.pathname + target.search },
  });
  response.cookies.set(csrfCookieName(), newCsrfCookieValue(), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: usesSecureCookies(),
  });
  return response;
}
