import type { ReactNode } from "react";
import type { PublicComment } from "@/lib/comments/queries";
import { formatMoment, isoWithOffset } from "@/lib/time/format";
import { LinkedText } from "./linked-text";

/** One approved comment or official reply; `children` holds its actions (reply, report). */
export function CommentItem({
  comment,
  timeZone,
  children,
}: {
  comment: PublicComment;
  timeZone: string;
  children?: ReactNode;
}) {
  return (
    <article
      id={`comment-${comment.id}`}
      aria-label={`${comment.official ? "Official reply" : "Comment"} by ${comment.authorName}`}
      className={
        comment.official
          ? "rounded-lg border-2 border-brand-700 bg-brand-50 p-4"
          : "rounded-lg border border-slate-300 p-4"
      }
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-semibold">{comment.authorName}</span>
        {comment.official && (
          <span className="rounded bg-brand-800 px-2 py-0.5 text-sm font-semibold text-white">
            Official reply — {comment.officialDepartment ?? "Hosting department"}
          </span>
        )}
        <time dateTime={isoWithOffset(comment.createdAt, timeZone)} className="text-sm text-slate-700">
          {formatMoment(comment.createdAt, timeZone)}
        </time>
      </header>
      <LinkedText text={comment.body} />
      {children && <div className="mt-3 space-y-2">{children}</div>}
    </article>
  );
}
