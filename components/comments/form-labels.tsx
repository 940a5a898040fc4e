// The comment forms' words in a page's language: the forms are client components, so
// their server parent hands them these (the i18n runtime stays out of the browser).
import "server-only";
import { getTranslations } from "next-intl/server";
import { REPORT_REASONS } from "@/lib/comments/labels";
import { COMMENT_LIMITS } from "@/lib/comments/limits";
import type { Locale } from "@/lib/i18n/routing";
import type { CommentFormLabels } from "./comment-form";
import type { CommentFormsLabels } from "./comment-forms";
import type { OfficialAnswerLabels } from "./official-answer-form";
import type { ReportFormLabels } from "./report-form";

const comments = (locale: Locale) => getTranslations({ locale, namespace: "Comments" });

export async function commentFormLabels(locale: Locale): Promise<CommentFormLabels> {
  const t = await comments(locale);
  return {
    honeypot: t("form.honeypot"),
    name: t("form.name"),
    nameHint: t("form.nameHint"),
    email: t("form.email"),
    emailHint: t("form.emailHint"),
    body: t("form.body"),
    replyBody: t("form.replyBody"),
    bodyHint: t.rich("form.bodyHint", {
      max: String(COMMENT_LIMITS.body.max),
      spanish: (chunks) => <span lang="es">{chunks}</span>,
    }),
    sending: t("sending"),
  };
}

export async function reportFormLabels(locale: Locale): Promise<ReportFormLabels> {
  const t = await comments(locale);
  const reasons = Object.keys(REPORT_REASONS) as (keyof typeof REPORT_REASONS)[];
  return {
    summary: t("report.summary"),
    legend: t("report.legend"),
    reasons: Object.fromEntries(reasons.map((reason) => [reason, t(`report.reason.${reason}`)])),
    details: t("report.details"),
    send: t("report.send"),
    sending: t("sending"),
  };
}

export async function officialAnswerLabels(locale: Locale): Promise<OfficialAnswerLabels> {
  const t = await comments(locale);
  return {
    summary: t("official.summary"),
    answerFor: t("official.answerFor"),
    answer: t("official.answer"),
    // Filled in by the form, which learns the department in the browser.
    forDepartment: t("official.answerForDepartment", { department: "{department}" }),
    hint: t("official.hint"),
    publish: t("official.publish"),
    sending: t("sending"),
  };
}

/** Every word of an event page's comment forms, handed to the browser once per page. */
export async function commentFormsLabels(locale: Locale): Promise<CommentFormsLabels> {
  const [t, form, report, official] = await Promise.all([
    comments(locale),
    commentFormLabels(locale),
    reportFormLabels(locale),
    officialAnswerLabels(locale),
  ]);
  return { form, report, official, reply: t("reply"), send: t("send"), sendReply: t("sendReply") };
}
