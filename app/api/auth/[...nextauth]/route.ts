// next-auth's endpoints. Posts are small url-encoded forms or a 4xx. Credential posts
// are rate-limited first (too many attempts get a 429 page and next-auth never sees
// them); a successful sign-in marks the browser as known to that account
// (lib/auth/signin-limits.ts) and clears this client's failures on it.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { readAuthForm } from "@/lib/auth/auth-form-body";
import {
  consumeSignInAttempt,
  forgetFailedAttempts,
  KNOWN_BROWSER_COOKIE,
  KNOWN_BROWSER_SECONDS,
  knownBrowserToken,
} from "@/lib/auth/signin-limits";
import { tooManyAttemptsResponse } from "@/lib/auth/too-many-attempts";
import { authOptions, usesSecureCookies } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

export async function GET(request: Request, context: Context) {
  return handler(request, context);
}

function signedIn(response: Response): boolean {
  const location = response.headers.get("location") ?? "";
  return (
    response.status === 302 &&
    !location.includes("error=") &&
    /session-token=/.test(response.headers.get("set-cookie") ?? "")
  );
}

export async function POST(request: Request, context: Context) {
  const body = await readAuthForm(request);
  if (!body.ok) return body.response;
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  const forwarded = new NextRequest(request.url, { method: "POST", headers, body: body.text });
  const [action, provider] = (await context.params).nextauth;
  if (action !== "callback" || provider !== "credentials") return handler(forwarded, context);

  const email = body.form.get("email") ?? "";
  const limit = await consumeSignInAttempt(email, request.headers);
  if (!limit.allowed) return tooManyAttemptsResponse(limit.retryAfterSeconds);
  const response = await handler(forwarded, context);
  if (!signedIn(response)) return response;
  await forgetFailedAttempts(email, request.headers);
  const secure = usesSecureCookies() ? "; Secure" : "";
  response.headers.append(
    "Set-Cookie",
    `${KNOWN_BROWSER_COOKIE}=${knownBrowserToken(email)}; Path=/api/auth; Max-Age=${KNOWN_BROWSER_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
  );
  return response;
}
