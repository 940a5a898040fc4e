import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findFlyerEvent } from "@/lib/events/queries";
import { eventUrl } from "@/lib/feeds/event-text";
import { qrCode } from "@/lib/qr/qr-code";
import { Flyer, type FlyerSize } from "@/components/events/flyer";
import "./flyer.css";

// Renders per request (its paper size); the event itself is a cached read.
export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ size?: string }> };

const SIZES: { value: FlyerSize; label: string }[] = [
  { value: "letter", label: "US Letter" },
  { value: "a4", label: "A4" },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await findFlyerEvent((await params).slug);
  if (!event) return { title: "Event not found" };
  return { title: `Flyer: ${event.title}`, robots: { index: false } };
}

/** A published event's printable flyer (?size=letter|a4); drafts and cancelled events have none. */
export default async function FlyerPage({ params, searchParams }: Props) {
  const event = await findFlyerEvent((await params).slug);
  if (!event) notFound();
  const size: FlyerSize = (await searchParams).size === "a4" ? "a4" : "letter";
  const url = eventUrl(event.slug);
  return (
    <div className="space-y-4">
      <div className="flyer-tools space-y-2">
        <p>
          <Link href={`/events/${event.slug}`}>← {event.title}</Link>
        </p>
        <p>
          Print this flyer with your browser’s Print command (Ctrl+P, or ⌘P on a Mac). Paper size:{" "}
          {SIZES.map((option, index) => (
            <span key={option.value}>
              {index > 0 && " · "}
              {option.value === size ? (
                <strong aria-current="page">{option.label}</strong>
              ) : (
                <Link href={`/events/${event.slug}/flyer?size=${option.value}`}>{option.label}</Link>
              )}
            </span>
          ))}
        </p>
      </div>
      <Flyer event={event} size={size} url={url} qr={qrCode(url)} />
    </div>
  );
}
