// Sets the Content-Security-Policy (and HSTS when the site runs on https) per request.
// It only adds headers: who may see or do what is decided by lib/auth/guards.ts in
// every page and action, never here.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { siteUsesHttps } from "@/lib/http/site-https";
import { publicCacheControl } from "@/lib/http/public-cache-headers";
import { markedForBlockingRender, publicPageRenderedInOnePiece } from "@/lib/http/blocking-render";
import { contentSecurityPolicy, securityArea, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

const CSP = "Content-Security-Policy";

function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

export function proxy(request: NextRequest) {
  const area = securityArea(request.nextUrl.pathname);
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
    if (publicPageRenderedInOnePiece(request.nextUrl.pathname)) {
      requestHeaders.set("user-agent", markedForBlockingRender(request.headers.get("user-agent")));
    }
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (policy) response.headers.set(CSP, policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  const cacheControl = publicCacheControl(request.method, request.nextUrl.pathname);
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

export const config = {
  // Static files need neither a policy of their own nor a proxy round trip.
  matcher: ["/((?!_next/static|_next/image|favicon\\.svg).*)"],
};
