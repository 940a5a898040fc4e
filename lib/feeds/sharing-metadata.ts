import type { Metadata } from "next";
import type { EventDetail } from "@/lib/events/select";
import { eventUrl } from "./event-text";

/** Open Graph and Twitter card tags for an event; the image comes from opengraph-image.tsx. */
export function eventSharingMetadata(event: EventDetail, title: string, description: string): Metadata {
  const url = eventUrl(event.slug);
  return {
    alternates: { canonical: url },
    openGraph: { type: "website", url, title, description, siteName: "Coffee with a Cop" },
    twitter: { card: "summary_large_image", title, description },
  };
}
