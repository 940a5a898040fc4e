import Link from "next/link";
import type { ReactNode } from "react";

export function ExpiredLink({ children }: { children?: ReactNode }) {
  return (
    <div className="space-y-3">
      <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900">
        This link has expired or was already used.
      </p>
      {children ?? (
        <p>
          <Link href="/account/forgot-password">Ask for a new link</Link>, or ask your site admin to invite
          you again.
        </p>
      )}
    </div>
  );
}
