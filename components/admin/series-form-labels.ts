// The series form's words in the page's language: the form is a client component, so its
// server parent hands it these (the i18n runtime stays out of the browser, decision 0021).
import "server-only";
import { getTranslations } from "next-intl/server";
import { EVENT_FORMATS } from "@/lib/events/labels";
import { MONTH_NAMES, ORDINALS, ORDINAL_NAMES, PATTERNS, WEEKDAYS } from "@/lib/series/labels";
import { residentFieldsLabels } from "./event-form-labels";
import type { SeriesFormLabels } from "./series-form";

const FIELDS = [
  "departmentId",
  "title",
  "description",
  "pattern",
  "ordinal",
  "weekday",
  "month",
  "startsOn",
  "startTime",
  "endTime",
  "venueId",
  "languages",
] as const;

export async function seriesFormLabels(): Promise<SeriesFormLabels> {
  const t = await getTranslations("AdminSeries.form");
  const format = await getTranslations("EventCard.format");
  const residents = await residentFieldsLabels();
  return {
    fields: Object.fromEntries(FIELDS.map((name) => [name, t(`fields.${name}`)])),
    department: t("fields.departmentId"),
    title: t("fields.title"),
    format: t("format"),
    formats: EVENT_FORMATS.map((value) => ({ value, label: format(value) })),
    description: t("fields.description"),
    repeatsLegend: t("repeatsLegend"),
    repeatsHint: t("repeatsHint"),
    pattern: t("fields.pattern"),
    patterns: PATTERNS.map((value) => ({ value, label: t(`pattern.${value}`) })),
    month: t("month"),
    months: MONTH_NAMES.map((name, index) => ({
      value: String(index + 1),
      label: t(`months.${name.toLowerCase()}`),
    })),
    ordinal: t("ordinal"),
    ordinals: ORDINALS.map((value) => ({ value, label: t(`ordinals.${ORDINAL_NAMES[value]}`) })),
    weekday: t("fields.weekday"),
    weekdays: WEEKDAYS.map((value) => ({ value, label: t(`weekdays.${value}`) })),
    startsOn: t("fields.startsOn"),
    startTime: t("fields.startTime"),
    endTime: t("fields.endTime"),
    venueTime: t("venueTime"),
    occurrencesHint: t("occurrencesHint"),
    venue: t("fields.venueId"),
    chooseVenue: t("chooseVenue"),
    coHosts: t("coHosts"),
    coHostsHint: t("coHostsHint"),
    residents,
    saveAndUpdate: t("saveAndUpdate"),
    createAndPublish: t("createAndPublish"),
    createAsDrafts: t("createAsDrafts"),
  };
}
