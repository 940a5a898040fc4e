import { getTranslations } from "next-intl/server";
import { loadCommentsSection } from "@/lib/comments/queries";
import { withoutBidiControls } from "@/lib/comments/bidi";
import { localizedPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { commentView } from "./comment-item";
import { EventCommentForm } from "./comment-actions";
import { CommentThreads } from "./comment-threads";
import { CommentFormsProvider } from "./comment-forms";
import { commentFormsLabels } from "./form-labels";

type EventRef = { id: string; slug: string; timeZone: string };

/** Before the event, residents ask ahead; once a recap is out, they ask about it. */
export type CommentsPhase = "before" | "after" | "recap";

/**
 * Questions and comments on an event: approved ones, threaded, then the form. The forms'
 * words and hidden fields go to the browser once (CommentFormsProvider); each comment
 * travels once, as data for the list's island (comment-threads.tsx), and its reply and
 * report forms render when opened (comment-actions.tsx).
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
          <CommentThreads
            threads={threads.map(({ replies, ...thread }) => ({
              ...commentView(thread, event.timeZone, locale),
              ...(replies.length > 0 && {
                replies: {
                  label: t("repliesTo", { author: withoutBidiControls(thread.authorName) }),
                  items: replies.map((reply) => commentView(reply, event.timeZone, locale)),
                },
              }),
            }))}
          />
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
