import type { EventDetail } from "@/lib/events/select";
import { eventJsonLd } from "@/lib/feeds/json-ld";

/** Structured data for search engines; "<" escaped so text cannot close the script. */
export function EventJsonLd({ event }: { event: EventDetail }) {
  const json = JSON.stringify(eventJsonLd(event)).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
