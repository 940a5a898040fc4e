"use client";
// Under each comment of an event page: "Reply", "Answer officially" and "Report this
// comment". The page sends each comment's id only; the forms render when opened, from
// what the page shares once (comment-forms.tsx). Without JavaScript, "Reply" and
// "Report" are links to the comment's own form page (app/[locale]/events/[slug]/comments).
import { lazy, Suspense, useState, useSyncExternalStore, type ReactNode } from "react";
import { CommentForm } from "./comment-form";
import { useCommentForms } from "./comment-forms";

// Loaded when first opened (the reply form is the page's own question form, loaded anyway).
const ReportForm = lazy(() => import("./report-form").then((module) => ({ default: module.ReportForm })));
const OfficialAnswerForm = lazy(() =>
  import("./official-answer-form").then((module) => ({ default: module.OfficialAnswerForm })),
);

const noSubscription = () => () => {};

/** False in the server's HTML and while hydrating it, true once this component runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * A link to the form's own page until JavaScript runs, then a disclosure that renders
 * the form the first time it opens (and keeps it, with what was typed, once opened).
 */
function FormDisclosure({
  label,
  href,
  look,
  children,
}: {
  label: string;
  href: string;
  look: string;
  children: () => ReactNode;
}) {
  const hydrated = useHydrated();
  const [opened, setOpened] = useState(false);
  if (!hydrated) {
    return (
      <p className="text-sm">
        <a href={href} className={`inline-block py-2 ${look}`}>
          {label}
        </a>
      </p>
    );
  }
  return (
    <details className="text-sm" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={`cursor-pointer py-2 ${look}`}>{label}</summary>
      {opened && <Suspense>{children()}</Suspense>}
    </details>
  );
}

const REPLY_LOOK = "font-semibold text-brand-800 underline";
const REPORT_LOOK = "text-slate-700 underline";

/** A comment's actions: a thread's first comment may be answered, any comment reported. */
export function CommentActions({ commentId, thread = false }: { commentId: string; thread?: boolean }) {
  const { eventId, fresh, labels, commentsPath, answerableFor } = useCommentForms();
  const path = `${commentsPath}/${commentId}`;
  return (
    <>
      {thread && (
        <FormDisclosure label={labels.reply} href={`${path}/reply`} look={REPLY_LOOK}>
          {() => (
            <div className="mt-3 text-base">
              <CommentForm
                eventId={eventId}
                parentId={commentId}
                fresh={fresh}
                idPrefix={`reply-${commentId}`}
                submitLabel={labels.sendReply}
                labels={labels.form}
              />
            </div>
          )}
        </FormDisclosure>
      )}
      {thread && answerableFor.length > 0 && <OfficialAnswer parentId={commentId} />}
      <FormDisclosure label={labels.report.summary} href={`${path}/report`} look={REPORT_LOOK}>
        {() => <ReportForm commentId={commentId} labels={labels.report} />}
      </FormDisclosure>
    </>
  );
}

/** A random key per form, so that a resent answer is stored once (works on plain http too). */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}

/** Staff of a hosting department answer a question; shown once the browser knows who may. */
function OfficialAnswer({ parentId }: { parentId: string }) {
  const { answerableFor, labels } = useCommentForms();
  // Made in the browser, after the page loaded: the page is rendered once for everyone.
  const [idempotencyKey] = useState(newIdempotencyKey);
  return (
    <Suspense>
      <OfficialAnswerForm
        parentId={parentId}
        departments={answerableFor}
        idempotencyKey={idempotencyKey}
        labels={labels.official}
      />
    </Suspense>
  );
}

/** The event page's own question form, at the end of its comments. */
export function EventCommentForm() {
  const { eventId, fresh, labels } = useCommentForms();
  return (
    <CommentForm
      eventId={eventId}
      fresh={fresh}
      idPrefix="comment"
      submitLabel={labels.send}
      labels={labels.form}
    />
  );
}
