// The words of an event's share image (lib/share-image draws them), in the language of
// the page that was shared: a Spanish page's image shows the Spanish title when staff
// gave one, "Cancelado: …", and the date in Spanish. "Coffee with a Cop" stays as it is.
import "server-only";
import { createTranslator } from "next-intl";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { textFor } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";
import type { ShareCard } from "@/lib/share-image";
import { formatLongDate, formatTimeRange } from "@/lib/time/format";
import type { EventDetail } from "./select";

type SharedEvent = Pick<EventDetail, "title" | "titleEs" | "status" | "startsAt" | "endsAt" | "timeZone"> & {
  venue: Pick<EventDetail["venue"], "name" | "city" | "state">;
};

/** The card of an event, or of the program when the event is gone (null). */
export function shareCardFor(event: SharedEvent | null, locale: Locale): ShareCard {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "Event" });
  if (!event) return { title: t("programName"), when: "", where: "" };
  const title = textFor(locale, event.title, event.titleEs).text;
  return {
    title: event.status === "CANCELLED" ? t("cancelledTitle", { title }) : title,
    when: `${formatLongDate(event.startsAt, event.timeZone, locale)} · ${formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}`,
    where: `${event.venue.name}, ${event.venue.city}, ${event.venue.state}`,
  };
}
