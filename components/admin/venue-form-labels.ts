// The venue fields' words in the page's language, for the event form (a new venue) and
// the venue form: both are client components, so their server parent hands them these.
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { stateOptions } from "./place-options";
import type { SameVenueLabels } from "./same-venue-choice";
import type { VenueFieldsLabels } from "./venue-fields";
import type { VenueFormLabels } from "./venue-form";

const VENUE_FIELDS = [
  "venueName",
  "streetAddress",
  "city",
  "state",
  "postalCode",
  "latitude",
  "longitude",
] as const;

/** The venue fields' names as the error summary lists them. */
export async function venueFieldNames(): Promise<Record<string, string>> {
  const t = await getTranslations("AdminVenues.fields");
  return Object.fromEntries(VENUE_FIELDS.map((name) => [name, t(name)]));
}

export async function venueFieldsLabels(): Promise<VenueFieldsLabels> {
  const t = await getTranslations("AdminVenues");
  return {
    venueName: t("fields.venueName"),
    streetAddress: t("fields.streetAddress"),
    city: t("fields.city"),
    state: t("fields.state"),
    states: await stateOptions((await getLocale()) as Locale),
    choose: t("choose"),
    postalCode: t("fields.postalCode"),
    latitude: t("fields.latitude"),
    longitude: t("fields.longitude"),
    mapPosition: t("mapPosition"),
    mapPositionHint: t("mapPositionHint"),
    pinHint: t("pinHint"),
    accessibility: t("accessibility"),
    accessibilityOptional: t("accessibilityOptional"),
    parking: t("parking"),
    parkingOptional: t("parkingOptional"),
  };
}

export async function sameVenueLabels(): Promise<SameVenueLabels> {
  const t = await getTranslations("AdminVenues.sameVenue");
  return {
    saveAnyway: t("saveAnyway"),
    legend: t("legend"),
    // Filled in by the form, which gets the existing venue with the answer.
    useExisting: t("useExisting", { line: "{line}" }),
    createAnyway: t("createAnyway"),
    sendAgain: t("sendAgain"),
  };
}

/** The venue form's words; `zone` is the venue's time zone, which editing keeps. */
export async function venueFormLabels(zone: string): Promise<VenueFormLabels> {
  const t = await getTranslations("AdminVenues.form");
  const [fields, venue, sameVenue] = await Promise.all([
    venueFieldNames(),
    venueFieldsLabels(),
    sameVenueLabels(),
  ]);
  return { fields, venue, sameVenue, timeZone: t("timeZone", { zone }), save: t("save") };
}
