import Link from "next/link";
import type { ModerationCounts } from "@/lib/comments/queries";
import { STALE_PENDING_DAYS } from "@/lib/comments/limits";

/** The dashboard's moderation card: what waits, and what has waited too long. */
export function ModerationSummary({ counts }: { counts: ModerationCounts }) {
  return (
    <section aria-labelledby="moderation-summary" className="rounded-lg border border-slate-300 p-4">
      <h2 id="moderation-summary" className="text-xl font-bold">
        Comments to moderate
      </h2>
      <ul className="mt-2 space-y-1">
        <li>
          <Link href="/admin/moderation?view=PENDING">
            {counts.pending} pending {counts.pending === 1 ? "comment" : "comments"}
          </Link>
        </li>
        <li>
          <Link href="/admin/moderation?view=REPORTED">
            {counts.reported} reported {counts.reported === 1 ? "comment" : "comments"}
          </Link>
        </li>
      </ul>
      {counts.stalePending > 0 && (
        <p role="status" className="mt-3 rounded bg-red-50 p-3 font-semibold text-red-900">
          {counts.stalePending} {counts.stalePending === 1 ? "comment has" : "comments have"} waited more than{" "}
          {STALE_PENDING_DAYS} days for review.
        </p>
      )}
    </section>
  );
}
