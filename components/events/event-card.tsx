import { getLocale, getTranslations } from "next-intl/server";
import type { EventSummary } from "@/lib/events/select";
import { textFor } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { formatTimeRange, isoWithOffset } from "@/lib/time/format";
import { CancelledBadge } from "./status-badge";
import { HostList } from "./host-list";

type Props = {
  event: EventSummary;
  headingLevel?: 3 | 4;
  /** Given inside a 'use cache' scope, where the page's language cannot be read. */
  locale?: Locale;
  /** A short row for long lists (the home page): what, when, where, who; no box. */
  compact?: boolean;
};

/** One event in a list: what, when (local), where, who hosts. */
export async function EventCard({ event, headingLevel = 3, locale: given, compact = false }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const cancelled = event.status === "CANCELLED";
  const locale = given ?? ((await getLocale()) as Locale);
  const t = await getTranslations({ locale, namespace: "EventCard" });
  const title = textFor(locale, event.title, event.titleEs);
  const heading = (
    <>
      <Link
        href={`/events/${event.slug}`}
        locale={locale}
        lang={title.lang}
        className={cancelled ? "text-slate-600 line-through" : undefined}
      >
        {title.text}
      </Link>{" "}
      <CancelledBadge status={event.status} locale={locale} />
    </>
  );
  const when = (
    <time dateTime={isoWithOffset(event.startsAt, event.timeZone)}>
      {formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}
    </time>
  );
  const where = `${event.venue.name}, ${event.venue.city}, ${event.venue.state}`;
  if (compact) {
    return (
      <article className="py-2">
        <Heading className="font-semibold leading-snug">{heading}</Heading>
        <p className="text-slate-800">
          {when} · {where}
        </p>
        <p className="text-sm text-slate-700">
          <HostList hosts={event.hosts} locale={locale} />
        </p>
      </article>
    );
  }
  return (
    <article className="rounded-lg border border-slate-200 p-4 shadow-sm">
      <Heading className="text-lg font-semibold leading-snug">{heading}</Heading>
      <p className="mt-1 font-medium text-slate-800">{when}</p>
      <p className="text-slate-700">{where}</p>
      <p className="text-sm text-slate-700">
        <span className="mr-2 inline-block rounded bg-brand-50 px-1.5 py-0.5 text-brand-800">
          {t(`format.${event.format}`)}
        </span>
        <HostList hosts={event.hosts} locale={locale} />
      </p>
      {event.commentCount > 0 && (
        <p className="mt-1 text-sm text-slate-700">
          <Link href={`/events/${event.slug}#comments-heading`} locale={locale}>
            {t("comments", { count: event.commentCount })}
          </Link>
        </p>
      )}
    </article>
  );
}
