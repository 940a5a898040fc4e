// The event form's and status buttons' words in the page's language: the forms are client
// components, so their server parent hands them these (the i18n runtime stays out of the
// browser, decision 0021).
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { EVENT_FORMATS, LANGUAGE_CODES } from "@/lib/events/labels";
import type { Locale } from "@/lib/i18n/routing";
import type { EventFormLabels } from "./event-form";
import type { EventStatusLabels } from "./event-status-actions";
import type { ResidentFieldsLabels } from "./resident-fields";
import { zoneOptions } from "./place-options";
import { sameVenueLabels, venueFieldNames, venueFieldsLabels } from "./venue-form-labels";

const EVENT_FIELDS = [
  "title",
  "description",
  "titleEs",
  "descriptionEs",
  "format",
  "date",
  "startTime",
  "endTime",
  "venueId",
  "leadDepartmentId",
  "coHostIds",
  "languages",
  "accessibilityNotes",
] as const;

/** Languages, no-host and accessibility: shared by the event and series forms. */
export async function residentFieldsLabels(): Promise<ResidentFieldsLabels> {
  const t = await getTranslations("AdminEvents.residents");
  const language = await getTranslations("EventParts.language");
  return {
    languagesLegend: t("languages"),
    languages: Object.fromEntries(
      LANGUAGE_CODES.map((code) => [code, language(code)]),
    ) as ResidentFieldsLabels["languages"],
    noHost: t("noHost"),
    noHostHint: t("noHostHint"),
    accessibilityNotes: t("accessibilityNotes"),
    accessibilityHint: t("accessibilityHint"),
  };
}

async function statusLabels(): Promise<EventStatusLabels> {
  const t = await getTranslations("AdminEvents.statusActions");
  return {
    publish: t("publish"),
    publishAgain: t("publishAgain"),
    unpublish: t("unpublish"),
    unpublishConfirm: t("unpublishConfirm"),
    deleteDraft: t("deleteDraft"),
    deleteConfirm: t("deleteConfirm"),
    reasonField: t("reasonField"),
    reason: t("reason"),
    reasonHint: t("reasonHint"),
    cancel: t("cancel"),
  };
}

export async function eventFormLabels(): Promise<{ form: EventFormLabels; status: EventStatusLabels }> {
  const t = await getTranslations("AdminEvents.form");
  const format = await getTranslations("EventCard.format");
  const locale = (await getLocale()) as Locale;
  const [venue, sameVenue, venueFields, residents, status] = await Promise.all([
    venueFieldsLabels(),
    sameVenueLabels(),
    venueFieldNames(),
    residentFieldsLabels(),
    statusLabels(),
  ]);
  const form: EventFormLabels = {
    fields: {
      ...Object.fromEntries(EVENT_FIELDS.map((name) => [name, t(`fields.${name}`)])),
      ...venueFields,
      timeZone: t("fields.timeZone"),
    },
    parts: {
      what: t("parts.what"),
      when: t("parts.when"),
      where: t("parts.where"),
      hosts: t("parts.hosts"),
      residents: t("parts.residents"),
    },
    title: t("fields.title"),
    titleHint: t("titleHint"),
    format: t("fields.format"),
    formats: EVENT_FORMATS.map((value) => ({ value, label: format(value) })),
    description: t("fields.description"),
    descriptionHint: t("descriptionHint"),
    titleEs: t("titleEs"),
    titleEsHint: t("titleEsHint"),
    descriptionEs: t("descriptionEs"),
    whenHint: t("whenHint"),
    date: t("fields.date"),
    startTime: t("fields.startTime"),
    endTime: t("fields.endTime"),
    venue: t("fields.venueId"),
    chooseVenue: t("chooseVenue"),
    newVenueOption: t("newVenueOption"),
    venueHint: t("venueHint"),
    newVenue: {
      legend: t("newVenue"),
      timeZone: t("fields.timeZone"),
      zones: zoneOptions(locale),
      venue,
      sameVenue,
    },
    hosts: {
      hostingDepartment: t("fields.leadDepartmentId"),
      chooseDepartment: t("hosts.chooseDepartment"),
      hostingDepartments: t("hosts.hostingDepartments"),
      coHosts: t("hosts.coHosts"),
      editingHint: t("hosts.editingHint"),
      newHint: t("hosts.newHint"),
      invited: t("hosts.invited", { department: "{department}" }),
    },
    residents,
    publishNow: t("publishNow"),
    saveAndPublish: t("saveAndPublish"),
    saveAsDraft: t("saveAsDraft"),
    saveChanges: t("saveChanges"),
    saving: t("saving"),
  };
  return { form, status };
}
