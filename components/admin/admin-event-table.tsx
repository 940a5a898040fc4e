// Staff's lists of events: a table on wide screens, and on phones one card per event
// with every column labelled, so nothing is cut off at 375 px. Only one of the two is
// displayed (the other is display: none, hidden from screen readers too).
import { getLocale, getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import type { AdminEventRow } from "@/lib/events/queries";
import type { Locale } from "@/lib/i18n/routing";
import { formatShortDate, formatTime } from "@/lib/time/format";
import { localDateKey } from "@/lib/time/local";
import { zoneLabel } from "@/lib/time/zones";

const STATUS_STYLE = {
  DRAFT: "bg-slate-200 text-slate-900",
  PUBLISHED: "bg-green-100 text-green-900",
  CANCELLED: "bg-red-100 text-red-900",
} as const;

export async function StatusTag({ status }: { status: keyof typeof STATUS_STYLE }) {
  const t = await getTranslations("AdminEvents.status");
  return (
    <span className={`rounded px-2 py-0.5 text-sm font-semibold ${STATUS_STYLE[status]}`}>{t(status)}</span>
  );
}

type Props = { events: AdminEventRow[]; empty: string; caption: string };

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function EventTitle({ event, t }: { event: AdminEventRow; t: Translate }) {
  return (
    <>
      <StaffLink href={`/admin/events/${event.id}`} className="font-semibold">
        {event.title}
      </StaffLink>
      <div className="text-sm text-slate-700">
        {event.venue.name}, {event.venue.city}, {event.venue.state}
        {event.seriesId && ` · ${event.editedByHand ? t("seriesDateChanged") : t("partOfSeries")}`}
      </div>
    </>
  );
}

function StartsAt({ event, locale }: { event: AdminEventRow; locale: Locale }) {
  const { startsAt, timeZone } = event;
  return (
    <>
      {`${formatShortDate(startsAt, timeZone, locale)}, ${localDateKey(startsAt, timeZone).slice(0, 4)}, ${formatTime(startsAt, timeZone, locale)}`}
      <div className="text-sm text-slate-700">{zoneLabel(timeZone, startsAt, locale)}</div>
    </>
  );
}

const hostNames = (event: AdminEventRow, t: Translate) =>
  event.hosts
    .map((h) =>
      h.state === "INVITED" ? t("invitedHost", { department: h.department.name }) : h.department.name,
    )
    .join(", ");

export async function AdminEventTable({ events, empty, caption }: Props) {
  if (events.length === 0) return <p className="text-slate-700">{empty}</p>;
  const t = await getTranslations("AdminEvents.table");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-3">
              {t("event")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("whenVenueTime")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("hosts")}
            </th>
            <th scope="col" className="py-2">
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3">
                <EventTitle event={event} t={t} />
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <StartsAt event={event} locale={locale} />
              </td>
              <td className="py-2 pr-3 text-sm">{hostNames(event, t)}</td>
              <td className="py-2">
                <StatusTag status={event.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul aria-label={caption} className="space-y-3 md:hidden">
        {events.map((event) => (
          <li key={event.id} className="rounded-lg border border-slate-300 p-3">
            <EventTitle event={event} t={t} />
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-semibold">{t("when")}</dt>
              <dd>
                <StartsAt event={event} locale={locale} />
              </dd>
              <dt className="font-semibold">{t("hosts")}</dt>
              <dd className="min-w-0 break-words">{hostNames(event, t)}</dd>
              <dt className="font-semibold">{t("status")}</dt>
              <dd>
                <StatusTag status={event.status} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
