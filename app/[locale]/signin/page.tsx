import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { csrfTokenFromCookie } from "@/lib/auth/csrf";
import { csrfCookieName } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

// Reads the session and the CSRF cookie: renders per request, never cached.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function errorMessage(code: string | undefined): string | null {
  if (!code) return null;
  if (code === "CredentialsSignin") {
    return "That email and password do not match an active account. Check both and try again.";
  }
  return "We could not sign you in. Please try again.";
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const error = first(params.error);
  if (!error && (await getCurrentUser())) redirect(callbackUrl);

  const csrfToken = csrfTokenFromCookie((await cookies()).get(csrfCookieName())?.value);
  if (!csrfToken && !first(params.prepared)) {
    const query = new URLSearchParams({ callbackUrl });
    for (const kept of ["error", "passwordSet", "signedOut"] as const) {
      const value = first(params[kept]);
      if (value) query.set(kept, value);
    }
    redirect(`/api/auth/prepare-signin?${query}`);
  }
  const message = errorMessage(error);

  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">Sign in</h1>
      <p className="mb-6 text-slate-700">For department staff, moderators and site admins.</p>
      {first(params.passwordSet) && (
        <p role="status" className="mb-4 rounded-lg bg-brand-50 p-3">
          Your password is saved. Sign in with it now.
        </p>
      )}
      {first(params.signedOut) && (
        <p role="status" className="mb-4 rounded-lg bg-brand-50 p-3">
          You are signed out.
        </p>
      )}
      {message && (
        <p
          role="alert"
          id="signin-error"
          className="mb-4 rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900"
        >
          {message}
        </p>
      )}
      {csrfToken ? (
        <form method="post" action="/api/auth/callback/credentials" className="space-y-5">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <div>
            <label htmlFor="email" className="mb-1 block font-semibold">
              Email
            </label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              aria-describedby={message ? "signin-error" : undefined}
              className="w-full rounded-md border-2 border-slate-500 px-3 py-2 text-lg"
            />
          </div>
          <div>
            <label htmlFor="password" className="mb-1 block font-semibold">
              Password
            </label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className="w-full rounded-md border-2 border-slate-500 px-3 py-2 text-lg"
            />
          </div>
          <button
            type="submit"
            className="w-full rounded-md bg-brand-800 px-4 py-3 text-lg font-semibold text-white hover:bg-brand-900"
          >
            Sign in
          </button>
          <p>
            <a href="/account/forgot-password">Forgot your password?</a>
          </p>
        </form>
      ) : (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900">
          Signing in needs cookies. Please allow cookies for this site in your browser, then{" "}
          <a href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>reload this page</a>.
        </p>
      )}
    </div>
  );
}
