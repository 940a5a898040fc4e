// A past event's recap, first on its page: how many came, what was talked about, and
// each follow-up the department promised, with its dated notes and the questions it answers.
import type { PublicRecap } from "@/lib/recaps/queries";
import { formatLongDate, isoWithOffset } from "@/lib/time/format";
import { Paragraphs } from "@/components/prose";
import { FollowUpCard } from "./follow-up-card";

export function RecapSection({
  recap,
  hostNames,
  timeZone,
}: {
  recap: PublicRecap | null;
  hostNames: string;
  timeZone: string;
}) {
  if (!recap) {
    return (
      <section aria-labelledby="recap-heading" className="rounded-lg border-2 border-slate-300 p-4">
        <h2 id="recap-heading" className="text-xl font-bold">
          Recap
        </h2>
        <p className="mt-1">This event has taken place. {hostNames} has not published a recap yet.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="recap-heading" className="space-y-4 rounded-lg border-2 border-brand-700 p-4">
      <div>
        <h2 id="recap-heading" className="text-2xl font-bold">
          Recap
        </h2>
        <p className="text-sm text-slate-700">
          Published by {hostNames} on{" "}
          <time dateTime={isoWithOffset(recap.publishedAt, timeZone)}>
            {formatLongDate(recap.publishedAt, timeZone)}
          </time>
        </p>
      </div>
      <p className="text-lg">
        About <strong>{recap.attendance.toLocaleString("en-US")}</strong>{" "}
        {recap.attendance === 1 ? "person" : "people"} came.
      </p>
      <Paragraphs text={recap.summary} />
      <div className="space-y-3">
        <h3 className="text-xl font-bold">What the department promised to look into</h3>
        {recap.followUps.length === 0 ? (
          <p>No follow-ups were promised at this event.</p>
        ) : (
          <ol className="space-y-4">
            {recap.followUps.map((followUp) => (
              <li key={followUp.id}>
                <FollowUpCard
                  followUp={followUp}
                  timeZone={timeZone}
                  heading="h4"
                  questionHref={(id) => `#comment-${id}`}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
