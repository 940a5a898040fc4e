// One follow-up: the promise, where it stands, the questions it answers and its dated
// notes. The public recap and the staff page (with its update form as children) share it.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { PublicFollowUp } from "@/lib/recaps/queries";
import { withoutBidiControls } from "@/lib/comments/bidi";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/routing";
import { formatLongDate, isoWithOffset } from "@/lib/time/format";
import { FollowUpStateBadge } from "./follow-up-state";

const excerpt = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function FollowUpCard({
  followUp,
  timeZone,
  heading: Heading,
  questionHref,
  children,
  locale: given,
}: {
  followUp: PublicFollowUp;
  timeZone: string;
  /** The heading level where the card sits in its page's outline. */
  heading: "h3" | "h4";
  /** Where a linked question is read. */
  questionHref: (commentId: string) => string;
  children?: ReactNode;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
}) {
  const locale = given ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "Recaps" });
  const headingId = `follow-up-${followUp.id}-title`;
  return (
    <article
      id={`follow-up-${followUp.id}`}
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border-2 border-slate-300 p-4"
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Heading id={headingId} className="text-lg font-bold">
          {followUp.title}
        </Heading>
        <FollowUpStateBadge state={followUp.state} locale={locale} />
      </div>
      {followUp.questions.length > 0 && (
        <div>
          <p className="font-semibold">{t("answers", { count: followUp.questions.length })}</p>
          <ul className="list-disc pl-6">
            {followUp.questions.map(({ comment }) => (
              <li key={comment.id}>
                <a href={questionHref(comment.id)}>{withoutBidiControls(comment.authorName)}</a>: “
                {excerpt(comment.body)}”
              </li>
            ))}
          </ul>
        </div>
      )}
      {followUp.notes.length > 0 && (
        <ol
          aria-label={t("notesOn", { title: followUp.title })}
          className="space-y-2 border-l-4 border-slate-200 pl-3"
        >
          {followUp.notes.map((note) => (
            <li key={note.id}>
              <p className="text-sm text-slate-700">
                <time dateTime={isoWithOffset(note.createdAt, timeZone)}>
                  {formatLongDate(note.createdAt, timeZone, locale)}
                </time>{" "}
                · {t(`state.${note.state}`)}
              </p>
              <p>{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      {children}
    </article>
  );
}
