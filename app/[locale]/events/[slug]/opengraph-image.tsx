import { findPublicEvent } from "@/lib/events/queries";
import { shareCardFor } from "@/lib/events/share-card";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { shareImageResponse, shareImageSize } from "@/lib/share-image";

export const size = shareImageSize;
export const contentType = "image/png";
// Next.js takes the description as a fixed export; the picture's own words follow the page's language.
export const alt =
  "Coffee with a Cop event: title, date, time and place · Evento de Coffee with a Cop: título, fecha, hora y lugar";

type Props = { params: Promise<{ slug: string; locale: string }> };

/** The picture shown when an event is shared, in the shared page's language, drawn with shipped fonts only (lib/share-image). */
export default async function EventImage({ params }: Props) {
  const { slug, locale: segment } = await params;
  const locale: Locale = isLocale(segment) ? segment : "en";
  return shareImageResponse(shareCardFor(await findPublicEvent(slug), locale));
}
