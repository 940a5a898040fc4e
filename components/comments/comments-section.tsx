import { loadCommentsSection } from "@/lib/comments/queries";
import { withoutBidiControls } from "@/lib/comments/bidi";
import { CommentItem } from "./comment-item";
import { CommentForm } from "./comment-form";
import { ReportForm } from "./report-form";
import { OfficialReplies, OfficialReplySlot } from "./official-replies";

type EventRef = { id: string; slug: string; timeZone: string };

/** Before the event, residents ask ahead; once a recap is out, they ask about it. */
export type CommentsPhase = "before" | "after" | "recap";

const WORDS: Record<CommentsPhase, { heading: string; empty: string; ask: string }> = {
  before: {
    heading: "Questions and comments",
    empty: "No questions yet. Ask the officers something before the event.",
    ask: "Ask a question or leave a comment",
  },
  after: {
    heading: "Questions and comments",
    empty: "No questions yet.",
    ask: "Ask a question or leave a comment",
  },
  recap: {
    heading: "Questions about this recap",
    empty: "No questions about this recap yet.",
    ask: "Ask a question about this recap",
  },
};

/** Questions and comments on an event: approved ones, threaded, then the form. */
export async function CommentsSection({
  event,
  phase = "before",
}: {
  event: EventRef;
  phase?: CommentsPhase;
}) {
  const words = WORDS[phase];
  const { threads, fresh } = await loadCommentsSection(event);
  const count = threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
  return (
    <section aria-labelledby="comments-heading" className="space-y-4">
      <h2 id="comments-heading" className="text-xl font-bold">
        {words.heading} {count > 0 && <span className="font-normal">({count})</span>}
      </h2>
      {threads.length === 0 ? (
        <p className="text-slate-700">{words.empty}</p>
      ) : (
        <OfficialReplies eventId={event.id}>
          <ol className="space-y-4">
            {threads.map((thread) => (
              <li key={thread.id} className="space-y-3">
                <CommentItem comment={thread} timeZone={event.timeZone}>
                  <CommentForm
                    eventId={event.id}
                    parentId={thread.id}
                    fresh={fresh}
                    idPrefix={`reply-${thread.id}`}
                    submitLabel="Send reply"
                    disclosureLabel="Reply"
                  />
                  <OfficialReplySlot parentId={thread.id} />
                  <ReportForm commentId={thread.id} />
                </CommentItem>
                {thread.replies.length > 0 && (
                  <ol
                    aria-label={`Replies to ${withoutBidiControls(thread.authorName)}`}
                    className="ml-4 space-y-3 border-l-4 border-slate-200 pl-4 sm:ml-8"
                  >
                    {thread.replies.map((reply) => (
                      <li key={reply.id}>
                        <CommentItem comment={reply} timeZone={event.timeZone}>
                          <ReportForm commentId={reply.id} />
                        </CommentItem>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </OfficialReplies>
      )}
      <div className="rounded-lg bg-slate-50 p-4">
        <h3 className="mb-1 text-lg font-bold">{words.ask}</h3>
        <p className="mb-4 text-slate-700">
          A moderator reads every message before it appears here. Please don&apos;t include emergencies: call
          911.
        </p>
        <CommentForm eventId={event.id} fresh={fresh} idPrefix="comment" submitLabel="Send" />
      </div>
    </section>
  );
}
