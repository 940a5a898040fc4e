"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition } from "react";

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
  // reset() alone re-renders what the browser has; a failure on the server needs the
  // page fetched again, so that "Try again" works once the database is back.
  const tryAgain = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p>The page could not be loaded just now. Please try again in a moment.</p>
      <p className="flex flex-wrap gap-4">
        <button
          type="button"
          onClick={tryAgain}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Try again
        </button>
        <Link href="/" className="self-center">
          Go to the home page
        </Link>
      </p>
      {error.digest && <p className="text-sm text-slate-600">Reference: {error.digest}</p>}
    </div>
  );
}
