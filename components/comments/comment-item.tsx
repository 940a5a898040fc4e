import type { ReactNode } from "react";
import { createTranslator } from "next-intl";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { PublicComment } from "@/lib/comments/queries";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoment, isoWithOffset } from "@/lib/time/format";
import { withoutBidiControls } from "@/lib/comments/bidi";
import { LinkedText } from "./linked-text";

/** One approved comment or official reply; `children` holds its actions (reply, report). */
export function CommentItem({
  comment,
  timeZone,
  locale,
  children,
}: {
  comment: PublicComment;
  timeZone: string;
  locale: Locale;
  children?: ReactNode;
}) {
  // A plain translator: this renders inside the event page's cached scope, and in tests.
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "Comments" });
  const author = withoutBidiControls(comment.authorName);
  return (
    <article
      id={`comment-${comment.id}`}
      aria-label={comment.official ? t("officialReplyBy", { author }) : t("commentBy", { author })}
      className={
        comment.official
          ? "rounded-lg border-2 border-brand-700 bg-brand-50 p-4"
          : "rounded-lg border border-slate-300 p-4"
      }
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-semibold">{author}</span>
        {comment.official && (
          <span className="rounded bg-brand-800 px-2 py-0.5 text-sm font-semibold text-white">
            {t("officialBadge", { department: comment.officialDepartment ?? t("hostingDepartment") })}
          </span>
        )}
        <time dateTime={isoWithOffset(comment.createdAt, timeZone)} className="text-sm text-slate-700">
          {formatMoment(comment.createdAt, timeZone, locale)}
        </time>
      </header>
      <LinkedText text={comment.body} />
      {children && <div className="mt-3 space-y-2">{children}</div>}
    </article>
  );
}
