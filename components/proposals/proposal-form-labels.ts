// The proposal form's words in a page's language: the form is a client component, so
// its server parent hands them over (the i18n runtime stays out of the browser).
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ProposalFormLabels } from "./proposal-form";

const TEXT_KEYS = [
  "department",
  "chooseDepartment",
  "venue",
  "venueHint",
  "chooseVenue",
  "newPlaceOption",
  "newPlace",
  "venueName",
  "streetAddress",
  "city",
  "state",
  "chooseState",
  "postalCode",
  "datesHint",
  "date1",
  "date2",
  "date3",
  "note",
  "noteHint",
  "proposerName",
  "email",
  "emailHint",
  "honeypot",
  "send",
  "sending",
  "another",
] as const;

const FIELD_KEYS = [
  "departmentId",
  "venueId",
  "venueName",
  "streetAddress",
  "city",
  "state",
  "postalCode",
  "date1",
  "date2",
  "date3",
  "note",
  "proposerName",
  "email",
] as const;

export async function proposalFormLabels(locale: Locale): Promise<ProposalFormLabels> {
  const t = await getTranslations({ locale, namespace: "Proposals" });
  const texts = Object.fromEntries(TEXT_KEYS.map((key) => [key, t(key)])) as Record<
    (typeof TEXT_KEYS)[number],
    string
  >;
  return {
    ...texts,
    fields: Object.fromEntries(FIELD_KEYS.map((key) => [key, t(`fields.${key}`)])),
    parts: { who: t("parts.who"), where: t("parts.where"), when: t("parts.when"), about: t("parts.about") },
  };
}
