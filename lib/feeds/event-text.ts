// Plain-text pieces of an event shared by calendars, feeds and the Google Calendar link,
// in the language of the feed (English at /feed.xml, Spanish at /es/feed.xml).
import { createTranslator } from "next-intl";
import type { EventDetail } from "@/lib/events/select";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { textFor } from "@/lib/i18n/content";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { formatLongDate, formatTimeRange } from "@/lib/time/format";
import { absoluteUrl } from "./site-url";

/** The feeds' words in `locale` (messages/*.json, "FeedText"); usable outside React. */
export function feedText(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace: "FeedText" });
}

export const eventUrl = (slug: string, locale: Locale = "en") =>
  absoluteUrl(localizedPath(locale, `/events/${slug}`));

export function eventLocation(event: Pick<EventDetail, "venue">): string {
  const v = event.venue;
  return `${v.name}, ${v.streetAddress}, ${v.city}, ${v.state} ${v.postalCode}`;
}

export const hostNames = (event: Pick<EventDetail, "hosts">) =>
  event.hosts.map((h) => h.department.name).join(", ");

export function eventSummaryText(event: EventDetail, locale: Locale = "en"): string {
  const t = feedText(locale);
  const when = `${formatLongDate(event.startsAt, event.timeZone, locale)}, ${formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}`;
  const cancelled =
    event.status === "CANCELLED" ? `${t("cancelledNotice")} ${event.cancellationReason ?? ""}\n\n` : "";
  const description = textFor(locale, event.description, event.descriptionEs).text;
  return `${cancelled}${when}\n${eventLocation(event)}\n${t("hostedBy", { names: hostNames(event) })}\n\n${description}`;
}

export function eventTitle(
  event: Pick<EventDetail, "title" | "titleEs" | "status">,
  locale: Locale = "en",
): string {
  const title = textFor(locale, event.title, event.titleEs).text;
  return event.status === "CANCELLED" ? feedText(locale)("cancelledTitle", { title }) : title;
}
