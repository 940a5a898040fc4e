// The report's filters, read from the URL (a GET form, so it works without JavaScript):
// a period of whole months and, optionally, one department. Odd values get a message
// next to the field and the default period is shown meanwhile.
import { z } from "zod";
import { messageKey } from "@/lib/actions/message-key";
import { addMonths, monthKey, monthsBetween } from "./months";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The longest period one report covers. */
export const MAX_MONTHS = 36;
/** The default period: this month and the five before it. */
export const DEFAULT_MONTHS = 6;

const monthField = (which: "first" | "last") =>
  z
    .string()
    .trim()
    .regex(MONTH, messageKey(`AdminReports.error.${which}Month`));

export const ReportFiltersSchema = z
  .object({
    from: monthField("first"),
    to: monthField("last"),
    /** A department's slug; empty: every department the person may see. */
    department: z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9-]*$/, messageKey("AdminReports.error.department"))
      .default(""),
  })
  .refine((f) => f.from <= f.to, { path: ["to"], message: messageKey("AdminReports.error.order") })
  .refine((f) => f.from > f.to || monthsBetween(f.from, f.to).length <= MAX_MONTHS, {
    path: ["to"],
    message: messageKey("AdminReports.error.tooLong", { max: MAX_MONTHS }),
  });

export type ReportFilters = z.output<typeof ReportFiltersSchema>;

export function defaultReportFilters(now = new Date()): ReportFilters {
  const to = monthKey(now);
  return { from: addMonths(to, -(DEFAULT_MONTHS - 1)), to, department: "" };
}

type Params = Record<string, string | string[] | undefined>;

/** searchParams → filters, or the default period with the messages (catalog keys, lib/actions/message-key.ts) of what was wrong. */
export function parseReportFilters(
  params: Params,
  now = new Date(),
): { filters: ReportFilters; typed: Record<string, string>; errors: Record<string, string> } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const defaults = defaultReportFilters(now);
  const typed = {
    from: first(params.from) ?? defaults.from,
    to: first(params.to) ?? defaults.to,
    department: first(params.department) ?? "",
  };
  const parsed = ReportFiltersSchema.safeParse(typed);
  if (parsed.success) return { filters: parsed.data, typed, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return { filters: { ...defaults, department: errors.department ? "" : typed.department }, typed, errors };
}
