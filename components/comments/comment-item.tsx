import type { ReactNode } from "react";
import { createTranslator } from "next-intl";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { PublicComment } from "@/lib/comments/queries";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoment, isoWithOffset } from "@/lib/time/format";
import { withoutBidiControls } from "@/lib/comments/bidi";
import { splitLinks } from "@/lib/comments/links";
import { CommentCard, type CommentView, type LinkedParagraph } from "./comment-card";

/**
 * A resident's plain text as paragraphs, with http(s) links made clickable (React
 * escapes the rest when it renders them).
 */
function linkedParagraphs(text: string): LinkedParagraph[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) =>
      splitLinks(paragraph).map((part) =>
        part.kind === "link" ? { href: part.href, text: part.text } : part.text,
      ),
    );
}

/** A comment in the page's language and the venue's zone, ready to show (CommentCard). */
export function commentView(comment: PublicComment, timeZone: string, locale: Locale): CommentView {
  // A plain translator: this runs inside the event page's cached scope, and in tests.
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "Comments" });
  const author = withoutBidiControls(comment.authorName);
  return {
    id: comment.id,
    author,
    label: comment.official ? t("officialReplyBy", { author }) : t("commentBy", { author }),
    ...(comment.official && {
      badge: t("officialBadge", { department: comment.officialDepartment ?? t("hostingDepartment") }),
    }),
    when: formatMoment(comment.createdAt, timeZone, locale),
    dateTime: isoWithOffset(comment.createdAt, timeZone),
    paragraphs: linkedParagraphs(comment.body),
  };
}

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
  return <CommentCard view={commentView(comment, timeZone, locale)}>{children}</CommentCard>;
}
