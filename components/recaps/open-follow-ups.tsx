// A department's follow-ups still open or in progress, across its events.
import Link from "next/link";
import type { OpenFollowUp } from "@/lib/recaps/queries";
import { formatLongDate, formatShortDate } from "@/lib/time/format";
import { FollowUpStateBadge } from "./follow-up-state";

export function OpenFollowUps({
  followUps,
  departmentName,
}: {
  followUps: OpenFollowUp[];
  departmentName: string;
}) {
  return (
    <section aria-labelledby="open-follow-ups" className="space-y-3">
      <h2 id="open-follow-ups" className="text-2xl font-bold">
        What {departmentName} is looking into
      </h2>
      {followUps.length === 0 ? (
        <p>No open follow-ups: everything promised at past events is done, or nothing was promised yet.</p>
      ) : (
        <ul className="space-y-3">
          {followUps.map((followUp) => {
            const { event } = followUp.recap;
            return (
              <li key={followUp.id} className="rounded-lg border border-slate-300 p-3">
                <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <Link href={`/events/${event.slug}#follow-up-${followUp.id}`} className="font-semibold">
                    {followUp.title}
                  </Link>
                  <FollowUpStateBadge state={followUp.state} />
                </p>
                <p className="text-sm text-slate-700">
                  Promised at {event.title}, {formatLongDate(event.startsAt, event.timeZone)} · last update{" "}
                  {formatShortDate(followUp.updatedAt, event.timeZone)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
