// One approved comment or official reply as the page shows it, from words and times
// already put in the page's language (comment-item.tsx commentView). No server-only
// code: the event page's comment list renders it in the browser's island too
// (comment-threads.tsx), so each comment travels once, as data.
import type { ReactNode } from "react";

/** A paragraph of a resident's text: plain text, and links made safe (lib/comments/links.ts). */
export type LinkedParagraph = (string | { href: string; text: string })[];

export type CommentView = {
  id: string;
  author: string;
  /** "Comment by …" or "Official reply by …": the article's name. */
  label: string;
  /** An official reply's badge; absent on a resident's comment. */
  badge?: string;
  when: string;
  dateTime: string;
  paragraphs: LinkedParagraph[];
};

/** `children` holds the comment's actions (reply, report). */
export function CommentCard({ view, children }: { view: CommentView; children?: ReactNode }) {
  return (
    <article
      id={`comment-${view.id}`}
      aria-label={view.label}
      className={
        view.badge
          ? "rounded-lg border-2 border-brand-700 bg-brand-50 p-4"
          : "rounded-lg border border-slate-300 p-4"
      }
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-semibold">{view.author}</span>
        {view.badge && (
          <span className="rounded bg-brand-800 px-2 py-0.5 text-sm font-semibold text-white">
            {view.badge}
          </span>
        )}
        <time dateTime={view.dateTime} className="text-sm text-slate-700">
          {view.when}
        </time>
      </header>
      <div className="space-y-2">
        {view.paragraphs.map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line break-words">
            {paragraph.map((part, partIndex) =>
              typeof part === "string" ? (
                part
              ) : (
                // rel="ugc nofollow": search engines are told we don't vouch for them.
                <a key={partIndex} href={part.href} rel="ugc nofollow noopener noreferrer">
                  {part.text}
                </a>
              ),
            )}
          </p>
        ))}
      </div>
      {children && <div className="mt-3 space-y-2">{children}</div>}
    </article>
  );
}
