// Why a comment was held, and why residents reported it, stored as codes with their
// values and shown in the page's language (the `Reasons` and `Comments.report.reason`
// catalogs). The English text is stored beside the code, as the audit log records it;
// a row from before codes (or a seeded one) has no code and is shown as written.
import { createTranslator } from "next-intl";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { Locale } from "@/lib/i18n/routing";
import { REPORT_REASONS, type ReportReason } from "./labels";

export const HOLD_REASONS = ["honeypot", "time-token", "time-trap", "links", "held-word", "reports"] as const;
export type HoldReasonCode = (typeof HOLD_REASONS)[number];

/** Values go in as strings: ICU would write 1.2 as "1.2" but 1000 as "1,000". */
export type HoldReasonValues = Record<string, string>;

/** What a comment's row stores about why it was held. */
export type HeldFor = {
  holdReason: string;
  holdReasonCode: HoldReasonCode;
  holdReasonValues: HoldReasonValues;
};

const isHoldReason = (code: unknown): code is HoldReasonCode => HOLD_REASONS.includes(code as HoldReasonCode);

const reasonWords = (locale: Locale) =>
  createTranslator({ locale, messages: CATALOGS[locale], namespace: "Reasons" });

/** A hold reason to store: its code and values, and its English text. */
export function heldFor(code: HoldReasonCode, values: HoldReasonValues = {}): HeldFor {
  return {
    holdReason: reasonWords("en")(`hold.${code}`, values),
    holdReasonCode: code,
    holdReasonValues: values,
  };
}

export type ShownReason = {
  text: string;
  /** The language it is written in (a reason from before codes is English). */ lang: Locale;
};

/** Why a comment was held, in `locale`; null when nothing held it. */
export function holdReasonText(
  row: { holdReason: string | null; holdReasonCode: string | null; holdReasonValues: unknown },
  locale: Locale,
): ShownReason | null {
  if (isHoldReason(row.holdReasonCode)) {
    const values = (row.holdReasonValues ?? {}) as HoldReasonValues;
    return { text: reasonWords(locale)(`hold.${row.holdReasonCode}`, values), lang: locale };
  }
  return row.holdReason ? { text: row.holdReason, lang: "en" } : null;
}

const isReportReason = (code: unknown): code is ReportReason =>
  typeof code === "string" && Object.hasOwn(REPORT_REASONS, code);

/** What a report row stores: its code, the resident's details, and the English text for the record. */
export function reportedFor(code: ReportReason, details: string | undefined) {
  return {
    reasonCode: code,
    details: details || null,
    reason: [REPORT_REASONS[code], details].filter(Boolean).join(": "),
  };
}

/** A resident's report, in `locale`: the reason's words, then the resident's own (as they wrote them). */
export function reportReasonText(
  row: { reason: string; reasonCode: string | null; details: string | null },
  locale: Locale,
): ShownReason {
  if (!isReportReason(row.reasonCode)) return { text: row.reason, lang: "en" };
  const reason = createTranslator({
    locale,
    messages: CATALOGS[locale],
    namespace: "Comments.report.reason",
  })(row.reasonCode);
  const text = row.details ? reasonWords(locale)("report", { reason, details: row.details }) : reason;
  return { text, lang: locale };
}
