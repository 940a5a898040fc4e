"use client";
// The approved comments of an event page, one level of replies, each with its actions.
// A client component so that each comment reaches the browser once, as data (its words
// already in the page's language, comment-item.tsx commentView), rather than as the
// markup the server rendered plus that markup again in React's payload.
import { CommentActions } from "./comment-actions";
import { CommentCard, type CommentView } from "./comment-card";

export type ThreadView = CommentView & {
  /** Present when the thread has replies: the list's name ("Replies to …") and the replies. */
  replies?: { label: string; items: CommentView[] };
};

export function CommentThreads({ threads }: { threads: ThreadView[] }) {
  return (
    <ol className="space-y-4">
      {threads.map(({ replies, ...thread }) => (
        <li key={thread.id} className="space-y-3">
          <CommentCard view={thread}>
            <CommentActions commentId={thread.id} thread />
          </CommentCard>
          {replies && (
            <ol
              aria-label={replies.label}
              className="ml-4 space-y-3 border-l-4 border-slate-200 pl-4 sm:ml-8"
            >
              {replies.items.map((reply) => (
                <li key={reply.id}>
                  <CommentCard view={reply}>
                    <CommentActions commentId={reply.id} />
                  </CommentCard>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
