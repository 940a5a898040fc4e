import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { QueueItem } from "@/lib/comments/queries";
import { DECISIONS, MODERATION_FORM_ID, type Decision } from "@/lib/comments/labels";
import { STALE_PENDING_DAYS } from "@/lib/comments/limits";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { formatMoment } from "@/lib/time/format";
import { withoutBidiControls as plain } from "@/lib/comments/bidi";
import { COMMENT_LIMITS } from "@/lib/comments/limits";
import { rowReasonField } from "@/lib/comments/schemas";
import { holdReasonText, reportReasonText } from "@/lib/comments/reasons";
import { inputClass } from "@/components/forms/input-class";

const STATUS_STYLE: Record<QueueItem["status"], string> = {
  PENDING: "bg-amber-100 text-amber-950",
  APPROVED: "bg-green-100 text-green-900",
  REJECTED: "bg-slate-200 text-slate-900",
  SPAM: "bg-red-100 text-red-900",
};

const BUTTON_STYLE: Record<Decision, string> = {
  APPROVED: "bg-green-800 text-white",
  REJECTED: "border-2 border-slate-700 text-slate-900",
  SPAM: "border-2 border-red-800 text-red-900",
};

const excerpt = (text: string) => {
  const shown = plain(text);
  return shown.length > 140 ? `${shown.slice(0, 140)}…` : shown;
};

/** A row's optional reason, sent with its Reject button: folded away until wanted. */
async function RowRejectReason({ commentId }: { commentId: string }) {
  const t = await getTranslations("AdminModeration.item");
  const id = `reject-reason-${commentId}`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-800">{t("rejectSummary")}</summary>
      <div className="mt-2 space-y-1">
        <label htmlFor={id} className="block font-semibold">
          {t("rejectLabel")}
        </label>
        <p id={`${id}-hint`} className="text-slate-700">
          {t("rejectHint")}
        </p>
        <input
          id={id}
          type="text"
          name={rowReasonField(commentId)}
          form={MODERATION_FORM_ID}
          maxLength={COMMENT_LIMITS.rejectReason.max}
          aria-describedby={`${id}-hint`}
          className={inputClass}
        />
      </div>
    </details>
  );
}

/** One comment in the queue. Its text is shown as plain text: links are not clickable here. */
export async function QueueItemRow({ item, children }: { item: QueueItem; children?: ReactNode }) {
  const t = await getTranslations("AdminModeration");
  const locale = (await getLocale()) as Locale;
  const when = formatMoment(item.createdAt, item.event.timeZone, locale);
  const eventPath = localizedPath(locale, `/events/${item.event.slug}`);
  const heldBecause = holdReasonText(item, locale);
  const checkboxId = `select-${item.id}`;
  return (
    <li
      data-queue-row
      tabIndex={-1}
      aria-labelledby={`${checkboxId}-label`}
      className="rounded-lg border border-slate-300 p-4 focus:ring-4 focus:ring-amber-400"
    >
      <div className="flex flex-wrap items-start gap-3">
        <input
          id={checkboxId}
          form={MODERATION_FORM_ID}
          type="checkbox"
          name="ids"
          value={item.id}
          className="mt-1 h-5 w-5"
        />
        <div className="min-w-0 flex-1 space-y-2">
          <label id={`${checkboxId}-label`} htmlFor={checkboxId} className="block">
            <span className="font-semibold">{plain(item.authorName)}</span>
            {item.authorEmail && <span className="text-slate-700"> · {item.authorEmail}</span>}
            <span className="text-slate-700"> · {t("item.on")} </span>
            <span className="font-semibold">{item.event.title}</span>
          </label>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className={`rounded px-2 py-0.5 font-semibold ${STATUS_STYLE[item.status]}`}>
              {t(`item.status.${item.status}`)}
            </span>
            <span>{t("item.sent", { when })}</span>
            {item.stale && (
              <span className="rounded bg-red-700 px-2 py-0.5 font-semibold text-white">
                {t("item.waiting", { days: STALE_PENDING_DAYS })}
              </span>
            )}
            {item.status === "APPROVED" ? (
              <a href={`${eventPath}#comment-${item.id}`}>{t("item.seeOnEventPage")}</a>
            ) : (
              <a href={eventPath}>{t("item.eventPage")}</a>
            )}
          </p>
          {item.parent && (
            <p className="text-sm text-slate-700">
              {t("item.inReplyTo", {
                author: plain(item.parent.authorName),
                excerpt: excerpt(item.parent.body),
              })}
            </p>
          )}
          <p className="whitespace-pre-line break-words rounded bg-slate-50 p-3">{plain(item.body)}</p>
          {(heldBecause || item.status === "PENDING") && (
            <p className="text-sm">
              <span className="font-semibold">{t("item.whyHeld")} </span>
              {heldBecause ? (
                <span lang={heldBecause.lang}>{heldBecause.text}</span>
              ) : (
                t("item.nothingUnusual")
              )}
            </p>
          )}
          {item.reports.length > 0 && (
            <div className="text-sm">
              <p className="font-semibold text-red-900">
                {t("item.reported", { count: item.reports.length })}
              </p>
              <ul className="list-disc pl-6">
                {item.reports.map((report, index) => {
                  const reason = reportReasonText(report, locale);
                  return (
                    <li key={index} lang={reason.lang}>
                      {reason.text}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {item.status !== "REJECTED" && <RowRejectReason commentId={item.id} />}
          <div className="flex flex-wrap gap-2">
            {DECISIONS.map((decision) => (
              <button
                key={decision}
                type="submit"
                form={MODERATION_FORM_ID}
                name="act"
                value={`${decision}:${item.id}`}
                data-decision={decision}
                aria-label={t("item.decideLabel", {
                  decision: t(`decision.${decision}`),
                  author: plain(item.authorName),
                })}
                className={`rounded px-3 py-1.5 font-semibold ${BUTTON_STYLE[decision]}`}
              >
                {t(`decision.${decision}`)}
              </button>
            ))}
          </div>
          {children}
        </div>
      </div>
    </li>
  );
}
