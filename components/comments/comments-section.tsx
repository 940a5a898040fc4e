import { getTranslations } from "next-intl/server";
import { loadCommentsSection } from "@/lib/comments/queries";
import { withoutBidiControls } from "@/lib/comments/bidi";
import type { Locale } from "@/lib/i18n/routing";
import { CommentItem } from "./comment-item";
import { CommentForm } from "./comment-form";
import { commentFormLabels, officialAnswerLabels, reportFormLabels } from "./form-labels";
import { ReportForm } from "./report-form";
import { OfficialReplies, OfficialReplySlot } from "./official-replies";

type EventRef = { id: string; slug: string; timeZone: string };

/** Before the event, residents ask ahead; once a recap is out, they ask about it. */
export type CommentsPhase = "before" | "after" | "recap";

/** Questions and comments on an event: approved ones, threaded, then the form. */
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
  const [formLabels, reportLabels, officialLabels] = await Promise.all([
    commentFormLabels(locale),
    reportFormLabels(locale),
    officialAnswerLabels(locale),
  ]);
  const { threads, fresh } = await loadCommentsSection(event);
  const count = threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
  return (
    <section aria-labelledby="comments-heading" className="space-y-4">
      <h2 id="comments-heading" className="text-xl font-bold">
        {t(`${phase}.heading`)} {count > 0 && <span className="font-normal">({count})</span>}
      </h2>
      {threads.length === 0 ? (
        <p className="text-slate-700">{t(`${phase}.empty`)}</p>
      ) : (
        <OfficialReplies eventId={event.id} labels={officialLabels}>
          <ol className="space-y-4">
            {threads.map((thread) => (
              <li key={thread.id} className="space-y-3">
                <CommentItem comment={thread} timeZone={event.timeZone} locale={locale}>
                  <CommentForm
                    eventId={event.id}
                    parentId={thread.id}
                    fresh={fresh}
                    idPrefix={`reply-${thread.id}`}
                    submitLabel={t("sendReply")}
                    disclosureLabel={t("reply")}
                    labels={formLabels}
                  />
                  <OfficialReplySlot parentId={thread.id} />
                  <ReportForm commentId={thread.id} labels={reportLabels} />
                </CommentItem>
                {thread.replies.length > 0 && (
                  <ol
                    aria-label={t("repliesTo", { author: withoutBidiControls(thread.authorName) })}
                    className="ml-4 space-y-3 border-l-4 border-slate-200 pl-4 sm:ml-8"
                  >
                    {thread.replies.map((reply) => (
                      <li key={reply.id}>
                        <CommentItem comment={reply} timeZone={event.timeZone} locale={locale}>
                          <ReportForm commentId={reply.id} labels={reportLabels} />
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
        <h3 className="mb-1 text-lg font-bold">{t(`${phase}.ask`)}</h3>
        <p className="mb-4 text-slate-700">{t("moderated")}</p>
        <CommentForm
          eventId={event.id}
          fresh={fresh}
          idPrefix="comment"
          submitLabel={t("send")}
          labels={formLabels}
        />
      </div>
    </section>
  );
}
