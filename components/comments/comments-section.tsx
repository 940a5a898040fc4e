import { getTranslations } from "next-intl/server";
import { loadCommentsSection } from "@/lib/comments/queries";
import { withoutBidiControls } from "@/lib/comments/bidi";
import { localizedPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { CommentItem } from "./comment-item";
import { CommentActions, EventCommentForm } from "./comment-actions";
import { CommentFormsProvider } from "./comment-forms";
import { commentFormsLabels } from "./form-labels";

type EventRef = { id: string; slug: string; timeZone: string };

/** Before the event, residents ask ahead; once a recap is out, they ask about it. */
export type CommentsPhase = "before" | "after" | "recap";

/**
 * Questions and comments on an event: approved ones, threaded, then the form. The forms'
 * words and hidden fields go to the browser once (CommentFormsProvider); each comment
 * sends its id, and its reply and report forms render when opened (comment-actions.tsx).
 */
export async function CommentsSection({
  event,
  phase = "before",
  locale,
}: {
  event: EventRef;
  phase?: CommentsPhase;
  /** The page's language: this renders inside the event page's cached scope. */
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Comments" });
  const labels = await commentFormsLabels(locale);
  const { threads, fresh } = await loadCommentsSection(event);
  const count = threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
  return (
    <CommentFormsProvider
      eventId={event.id}
      fresh={fresh}
      labels={labels}
      commentsPath={localizedPath(locale, `/events/${event.slug}/comments`)}
      askWhoMayAnswer={threads.length > 0}
    >
      <section aria-labelledby="comments-heading" className="space-y-4">
        <h2 id="comments-heading" className="text-xl font-bold">
          {t(`${phase}.heading`)} {count > 0 && <span className="font-normal">({count})</span>}
        </h2>
        {threads.length === 0 ? (
          <p className="text-slate-700">{t(`${phase}.empty`)}</p>
        ) : (
          <ol className="space-y-4">
            {threads.map((thread) => (
              <li key={thread.id} className="space-y-3">
                <CommentItem comment={thread} timeZone={event.timeZone} locale={locale}>
                  <CommentActions commentId={thread.id} thread />
                </CommentItem>
                {thread.replies.length > 0 && (
                  <ol
                    aria-label={t("repliesTo", { author: withoutBidiControls(thread.authorName) })}
                    className="ml-4 space-y-3 border-l-4 border-slate-200 pl-4 sm:ml-8"
                  >
                    {thread.replies.map((reply) => (
                      <li key={reply.id}>
                        <CommentItem comment={reply} timeZone={event.timeZone} locale={locale}>
                          <CommentActions commentId={reply.id} />
                        </CommentItem>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        )}
        <div className="rounded-lg bg-slate-50 p-4">
          <h3 className="mb-1 text-lg font-bold">{t(`${phase}.ask`)}</h3>
          <p className="mb-4 text-slate-700">{t("moderated")}</p>
          <EventCommentForm />
        </div>
      </section>
    </CommentFormsProvider>
  );
}
