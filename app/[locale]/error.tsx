"use client";

import { useParams, useRouter } from "next/navigation";
import { startTransition } from "react";
import { useErrorTexts } from "@/components/errors/error-texts";
import { DEFAULT_LOCALE, isLocale, localizedPath } from "@/lib/i18n/paths";

// Shown for unexpected failures (the database briefly unreachable, say). It never
// shows the error's message: that may hold internals. The digest lets staff find it in the logs.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  const { locale } = useParams<{ locale?: string }>();
  const t = useErrorTexts();
  // reset() alone re-renders what the browser has; a failure on the server needs the
  // page fetched again, so that "Try again" works once the database is back.
  const tryAgain = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  // Only missing if the layout itself failed, and then global-error.tsx shows instead.
  if (!t) return null;
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p>{t.pageBody}</p>
      <p className="flex flex-wrap gap-4">
        <button
          type="button"
          onClick={tryAgain}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t.tryAgain}
        </button>
        <a href={localizedPath(isLocale(locale) ? locale : DEFAULT_LOCALE, "/")} className="self-center">
          {t.home}
        </a>
      </p>
      {error.digest && (
        <p className="text-sm text-slate-600">
          {t.reference} {error.digest}
        </p>
      )}
    </div>
  );
}
