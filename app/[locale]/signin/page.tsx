import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/alternates";
import { DEFAULT_LOCALE, localizedPath, type Locale } from "@/lib/i18n/routing";
import { csrfTokenFromCookie } from "@/lib/auth/csrf";
import { csrfCookieName } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.signIn");
  return { title: t("title"), robots: { index: false }, alternates: await pageAlternates("/signin") };
}

// Reads the session and the CSRF cookie: renders per request, never cached.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Props) {
  const t = await getTranslations("Account.signIn");
  const locale = (await getLocale()) as Locale;
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const error = first(params.error);
  if (!error && (await getCurrentUser())) redirect(callbackUrl);

  const csrfToken = csrfTokenFromCookie((await cookies()).get(csrfCookieName())?.value);
  if (!csrfToken && !first(params.prepared)) {
    const query = new URLSearchParams({ callbackUrl, ...(locale !== DEFAULT_LOCALE && { locale }) });
    for (const kept of ["error", "passwordSet", "signedOut"] as const) {
      const value = first(params[kept]);
      if (value) query.set(kept, value);
    }
    redirect(`/api/auth/prepare-signin?${query}`);
  }
  const message = error ? t(error === "CredentialsSignin" ? "noMatch" : "failed") : null;

  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("forWhom")}</p>
      {first(params.passwordSet) && (
        <p role="status" className="mb-4 rounded-lg bg-brand-50 p-3">
          {t("passwordSet")}
        </p>
      )}
      {first(params.signedOut) && (
        <p role="status" className="mb-4 rounded-lg bg-brand-50 p-3">
          {t("signedOut")}
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
              {t("email")}
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
              {t("password")}
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
            {t("submit")}
          </button>
          <p>
            <a href={localizedPath(locale, "/account/forgot-password")}>{t("forgot")}</a>
          </p>
        </form>
      ) : (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {t.rich("needsCookies", {
            link: (chunks) => (
              <a href={localizedPath(locale, `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`)}>{chunks}</a>
            ),
          })}
        </p>
      )}
    </div>
  );
}
