import { getTranslations } from "next-intl/server";
import type { ModerationCounts } from "@/lib/comments/queries";
import { STALE_PENDING_DAYS } from "@/lib/comments/limits";
import { StaffLink } from "@/components/admin/staff-link";

/** The dashboard's moderation card: what waits, and what has waited too long. */
export async function ModerationSummary({ counts }: { counts: ModerationCounts }) {
  const t = await getTranslations("AdminModeration.summary");
  return (
    <section aria-labelledby="moderation-summary" className="rounded-lg border border-slate-300 p-4">
      <h2 id="moderation-summary" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="mt-2 space-y-1">
        <li>
          <StaffLink href="/admin/moderation?view=PENDING">
            {t("pending", { count: counts.pending })}
          </StaffLink>
        </li>
        <li>
          <StaffLink href="/admin/moderation?view=REPORTED">
            {t("reported", { count: counts.reported })}
          </StaffLink>
        </li>
      </ul>
      {counts.stalePending > 0 && (
        <p role="status" className="mt-3 rounded bg-red-50 p-3 font-semibold text-red-900">
          {t("stale", { count: counts.stalePending, days: STALE_PENDING_DAYS })}
        </p>
      )}
    </section>
  );
}
