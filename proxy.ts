// Routes each request to its language (next-intl: /es/… is Spanish, the rest English,
// docs/decisions/0021) and sets the Content-Security-Policy (and HSTS when the site runs
// on https) per request. It only adds headers: who may see or do what is decided by
// lib/auth/guards.ts in every page and action, never here.
import { NextRequest, NextResponse } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { env } from "@/lib/env";
import { siteUsesHttps } from "@/lib/http/site-https";
import { publicCacheControl } from "@/lib/http/public-cache-headers";
import { markedForBlockingRender, publicPageRenderedInOnePiece } from "@/lib/http/blocking-render";
import { contentSecurityPolicy, securityArea, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { LANGUAGE_COOKIE, routing, withoutLocale } from "@/lib/i18n/routing";

const CSP = "Content-Security-Policy";

function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

const routeByLanguage = createIntlMiddleware(routing);
/** Addresses outside app/[locale]: the API, health checks, robots, sitemap and logos have no language. */
const WITHOUT_LANGUAGE = /^\/(?:api\/|healthz$|readyz$|robots\.txt$|sitemap\.xml$|logos\/|_next\/)/;

/** An encoded control character (%00 to %1F, %7F) anywhere in the address. */
const HAS_CONTROL_CHARACTER = /%(?:[01][0-9a-f]|7f)/i;

/** The [locale] route of an address as it was sent: /es/… stays, the rest is English. */
function languageRoute(pathname: string): string {
  return withoutLocale(pathname) === pathname ? `/${routing.defaultLocale}${pathname}` : pathname;
}

export function proxy(request: NextRequest) {
  // The same page in either language is the same area: /es/admin is a staff page.
  const pathname = withoutLocale(request.nextUrl.pathname);
  const area = securityArea(pathname);
  const https = siteUsesHttps();
  const development = env().NODE_ENV === "development";
  // Next.js reads a nonce from the request's CSP: only ever the one made here, so a
  // client's own header never changes how a page renders (or what a cache keeps).
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(CSP);
  requestHeaders.delete("x-nonce");

  let policy: string | undefined;
  if (area === "staff") {
    const nonce = newNonce();
    policy = contentSecurityPolicy({ nonce, https, development });
    requestHeaders.set(CSP, policy);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("user-agent", markedForBlockingRender(request.headers.get("user-agent")));
  } else if (area === "public") {
    policy = contentSecurityPolicy({ https, development });
    if (publicPageRenderedInOnePiece(pathname)) {
      requestHeaders.set("user-agent", markedForBlockingRender(request.headers.get("user-agent")));
    }
  }

  // next-intl rewrites /events to the [locale] route /en/events (or redirects /en/events
  // to /events, remembering the choice), passing the request headers set above along.
  const response = WITHOUT_LANGUAGE.test(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : HAS_CONTROL_CHARACTER.test(request.nextUrl.pathname)
      ? // next-intl would drop the character and answer another page: the route answers 404.
        NextResponse.rewrite(new URL(languageRoute(request.nextUrl.pathname), request.url), {
          request: { headers: requestHeaders },
        })
      : routeByLanguage(new NextRequest(request, { headers: requestHeaders }));
  if (policy) response.headers.set(CSP, policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  const remembered = rememberChoice(request, response, https);
  // A response that remembers a language choice is that visitor's own: no shared cache keeps it.
  const cacheControl = remembered ? PRIVATE : publicCacheControl(request.method, pathname);
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

const PRIVATE = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * The language cookie is a choice: kept when the address names a language (/es/…, or
 * /en/… from the switch), Secure on https. next-intl also sets it on an unprefixed
 * English page when the request has no Accept-Language (curl, a CDN, a feed reader):
 * that is no choice, and the cookie would make the page uncacheable, so it is dropped.
 */
function rememberChoice(request: NextRequest, response: NextResponse, https: boolean): boolean {
  const cookie = response.cookies.get(LANGUAGE_COOKIE);
  if (!cookie) return false;
  if (withoutLocale(request.nextUrl.pathname) === request.nextUrl.pathname) {
    const others = response.headers.getSetCookie().filter((line) => !line.startsWith(`${LANGUAGE_COOKIE}=`));
    response.headers.delete("set-cookie");
    for (const line of others) response.headers.append("set-cookie", line);
    // Next.js also hands the proxy's cookies to the page render, which sends them again.
    // The language cookie is the only one this proxy sets.
    response.headers.delete("x-middleware-set-cookie");
    return false;
  }
  if (https) response.cookies.set({ ...cookie, secure: true });
  return true;
}

export const config = {
  // Static files need neither a policy of their own nor a proxy round trip.
  matcher: ["/((?!_next/static|_next/image|favicon\\.svg).*)"],
};
