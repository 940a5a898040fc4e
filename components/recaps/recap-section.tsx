// A past event's recap, first on its page: how many came, what was talked about, and
// each follow-up the department promised, with its dated notes and the questions it answers.
import type { PublicFollowUp, PublicRecap } from "@/lib/recaps/queries";
import { withoutBidiControls } from "@/lib/comments/bidi";
import { formatLongDate, isoWithOffset } from "@/lib/time/format";
import { Paragraphs } from "@/components/prose";
import { FollowUpStateBadge } from "./follow-up-state";
import { FOLLOW_UP_STATE_LABELS } from "@/lib/recaps/labels";

const excerpt = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

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
                <FollowUpItem followUp={followUp} timeZone={timeZone} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function FollowUpItem({ followUp, timeZone }: { followUp: PublicFollowUp; timeZone: string }) {
  const headingId = `follow-up-${followUp.id}-title`;
  return (
    <article
      id={`follow-up-${followUp.id}`}
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 p-4"
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h4 id={headingId} className="text-lg font-semibold">
          {followUp.title}
        </h4>
        <FollowUpStateBadge state={followUp.state} />
      </div>
      {followUp.questions.length > 0 && (
        <div className="mt-2">
          <p className="font-semibold">
            Answers {followUp.questions.length === 1 ? "the question" : "questions"} from
          </p>
          <ul className="list-disc pl-6">
            {followUp.questions.map(({ comment }) => (
              <li key={comment.id}>
                <a href={`#comment-${comment.id}`}>{withoutBidiControls(comment.authorName)}</a>: “
                {excerpt(comment.body)}”
              </li>
            ))}
          </ul>
        </div>
      )}
      {followUp.notes.length > 0 && (
        <ol
          aria-label={`Notes on “${followUp.title}”`}
          className="mt-3 space-y-2 border-l-4 border-slate-200 pl-3"
        >
          {followUp.notes.map((note) => (
            <li key={note.id}>
              <p className="text-sm text-slate-700">
                <time dateTime={isoWithOffset(note.createdAt, timeZone)}>
                  {formatLongDate(note.createdAt, timeZone)}
                </time>{" "}
                · {FOLLOW_UP_STATE_LABELS[note.state]}
              </p>
              <p>{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
