import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { findFlyerEvent } from "@/lib/events/queries";
import { eventUrl } from "@/lib/feeds/event-text";
import { qrCode } from "@/lib/qr/qr-code";
import { Flyer, type FlyerSize } from "@/components/events/flyer";
import "./flyer.css";

// Renders per request (its paper size); the event itself is a cached read.
export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ size?: string }> };

const SIZES: FlyerSize[] = ["letter", "a4"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await findFlyerEvent((await params).slug);
  const t = await getTranslations("Flyer");
  if (!event) return { title: t("notFound") };
  return { title: t("pageTitle", { title: event.title }), robots: { index: false } };
}

/** A published event's printable flyer (?size=letter|a4); drafts and cancelled events have none. */
export default async function FlyerPage({ params, searchParams }: Props) {
  const event = await findFlyerEvent((await params).slug);
  if (!event) notFound();
  const size: FlyerSize = (await searchParams).size === "a4" ? "a4" : "letter";
  const url = eventUrl(event.slug);
  const t = await getTranslations("Flyer");
  return (
    <div className="space-y-4">
      <div className="flyer-tools space-y-2">
        <p>
          <Link href={`/events/${event.slug}`}>← {event.title}</Link>
        </p>
        <p>
          {t("print")}{" "}
          {SIZES.map((option, index) => (
            <span key={option}>
              {index > 0 && " · "}
              {option === size ? (
                <strong aria-current="page">{t(`size.${option}`)}</strong>
              ) : (
                <Link href={`/events/${event.slug}/flyer?size=${option}`}>{t(`size.${option}`)}</Link>
              )}
            </span>
          ))}
        </p>
      </div>
      <Flyer event={event} size={size} url={url} qr={qrCode(url)} />
    </div>
  );
}
