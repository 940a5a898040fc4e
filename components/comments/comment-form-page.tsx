// A comment's own reply or report page (app/[locale]/events/[slug]/comments/[commentId]/
// reply and report): where "Reply" and "Report this comment" lead when the event page
// runs without JavaScript (with it, the forms open in place). The comment shows as on
// the event page, with the form under it, and the form's answer lands there too. The
// comment must be approved and on a public event, and only a thread's first comment
// takes replies. Cached like the event page, until a write to the event drops its tag.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findPublicEvent } from "@/lib/events/queries";
import { loadCommentFormPage, type CommentFormPageData } from "@/lib/comments/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/http/slug-param";
import { Link } from "@/lib/i18n/navigation";
import { textFor } from "@/lib/i18n/content";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { CommentItem } from "./comment-item";
import { CommentForm } from "./comment-form";
import { commentFormLabels, reportFormLabels } from "./form-labels";
import { ReportForm } from "./report-form";

export type CommentFormKind = "reply" | "report";

type EventRef = { id: string; slug: string; timeZone: string; title: string; titleEs: string | null };

/** The page's title: what the form does, and on which event. */
async function commentFormPageTitle(kind: CommentFormKind, event: EventRef, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "Comments.formPage" });
  return t(`${kind}Title`, { event: textFor(locale, event.title, event.titleEs).text });
}

async function CommentFormPage({
  kind,
  event,
  data: { comment, fresh },
  locale,
}: {
  kind: CommentFormKind;
  event: EventRef;
  data: CommentFormPageData;
  locale: Locale;
}) {
  "use cache";
  const t = await getTranslations({ locale, namespace: "Comments" });
  const title = textFor(locale, event.title, event.titleEs);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/events/${event.slug}#comment-${comment.id}`} locale={locale}>
          ← {t("formPage.backToEvent")}
        </Link>
      </p>
      <header>
        <h1 className="text-3xl font-bold leading-tight">{t(`formPage.${kind}Heading`)}</h1>
        <p className="mt-1 text-lg" lang={title.lang}>
          {title.text}
        </p>
      </header>
      <CommentItem comment={comment} timeZone={event.timeZone} locale={locale}>
        {kind === "reply" ? (
          <CommentForm
            eventId={event.id}
            parentId={comment.id}
            fresh={fresh}
            idPrefix={`reply-${comment.id}`}
            submitLabel={t("sendReply")}
            labels={await commentFormLabels(locale)}
          />
        ) : (
          <ReportForm commentId={comment.id} labels={await reportFormLabels(locale)} />
        )}
      </CommentItem>
    </div>
  );
}

export type Props = { params: Promise<{ slug: string; commentId: string; locale: string }> };

/**
 * One path to prerender at build, which no event or comment can have (see the event
 * page). Both params: [slug] has no layout to hand its own down.
 */
export function placeholderParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG, commentId: BUILD_PLACEHOLDER_SLUG }];
}

async function load(kind: CommentFormKind, params: Props["params"]) {
  const { slug, commentId, locale: given } = await params;
  const locale: Locale = isLocale(given) ? given : "en";
  const event = await findPublicEvent(slug);
  const data = event ? await loadCommentFormPage(event, commentId) : null;
  if (!event || !data || (kind === "reply" && !data.thread)) return null;
  return { event, data, locale };
}

export async function commentFormMetadata(kind: CommentFormKind, params: Props["params"]): Promise<Metadata> {
  const found = await load(kind, params);
  if (!found) return {};
  // The event page is the one to find; this page is a step on the way to a form.
  return { title: await commentFormPageTitle(kind, found.event, found.locale), robots: { index: false } };
}

export async function CommentFormRoute({ kind, params }: { kind: CommentFormKind; params: Props["params"] }) {
  const found = await load(kind, params);
  if (!found) notFound();
  return <CommentFormPage kind={kind} {...found} />;
}
