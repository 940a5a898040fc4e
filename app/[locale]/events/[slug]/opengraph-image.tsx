import { getTranslations } from "next-intl/server";
import { findPublicEvent } from "@/lib/events/queries";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { shareImageResponse, shareImageSize } from "@/lib/share-image";
import { formatLongDate, formatTimeRange } from "@/lib/time/format";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "Coffee with a Cop event: title, date, time and place";

type Props = { params: Promise<{ slug: string; locale: string }> };

/** The picture shown when an event is shared, drawn with shipped fonts only (lib/share-image). */
export default async function EventImage({ params }: Props) {
  const { slug, locale: segment } = await params;
  const locale: Locale = isLocale(segment) ? segment : "en";
  const t = await getTranslations({ locale, namespace: "Event" });
  const event = await findPublicEvent(slug);
  if (!event) return shareImageResponse({ title: t("programName"), when: "", where: "" });
  return shareImageResponse({
    title: event.status === "CANCELLED" ? t("cancelledTitle", { title: event.title }) : event.title,
    when: `${formatLongDate(event.startsAt, event.timeZone, locale)} · ${formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}`,
    where: `${event.venue.name}, ${event.venue.city}, ${event.venue.state}`,
  });
}
