// Staff's lists of events: a table on wide screens, and on phones one card per event
// with every column labelled, so nothing is cut off at 375 px. Only one of the two is
// displayed (the other is display: none, hidden from screen readers too).
import { StaffLink } from "@/components/admin/staff-link";
import type { AdminEventRow } from "@/lib/events/queries";
import { formatShortDate, formatTime } from "@/lib/time/format";
import { localDateKey } from "@/lib/time/local";
import { zoneLabel } from "@/lib/time/zones";

const STATUS_TEXT = { DRAFT: "Draft", PUBLISHED: "Published", CANCELLED: "Cancelled" } as const;
const STATUS_STYLE = {
  DRAFT: "bg-slate-200 text-slate-900",
  PUBLISHED: "bg-green-100 text-green-900",
  CANCELLED: "bg-red-100 text-red-900",
} as const;

export function StatusTag({ status }: { status: keyof typeof STATUS_TEXT }) {
  return (
    <span className={`rounded px-2 py-0.5 text-sm font-semibold ${STATUS_STYLE[status]}`}>
      {STATUS_TEXT[status]}
    </span>
  );
}

type Props = { events: AdminEventRow[]; empty: string; caption: string };

function EventTitle({ event }: { event: AdminEventRow }) {
  return (
    <>
      <StaffLink href={`/admin/events/${event.id}`} className="font-semibold">
        {event.title}
      </StaffLink>
      <div className="text-sm text-slate-700">
        {event.venue.name}, {event.venue.city}, {event.venue.state}
        {event.seriesId && (event.editedByHand ? " · series date, changed by hand" : " · part of a series")}
      </div>
    </>
  );
}

function StartsAt({ event }: { event: AdminEventRow }) {
  return (
    <>
      {`${formatShortDate(event.startsAt, event.timeZone)}, ${localDateKey(event.startsAt, event.timeZone).slice(0, 4)}, ${formatTime(event.startsAt, event.timeZone)}`}
      <div className="text-sm text-slate-700">{zoneLabel(event.timeZone, event.startsAt)}</div>
    </>
  );
}

const hostNames = (event: AdminEventRow) =>
  event.hosts
    .map((h) => (h.state === "INVITED" ? `${h.department.name} (invited)` : h.department.name))
    .join(", ");

export function AdminEventTable({ events, empty, caption }: Props) {
  if (events.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-3">
              Event
            </th>
            <th scope="col" className="py-2 pr-3">
              When (venue time)
            </th>
            <th scope="col" className="py-2 pr-3">
              Hosts
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3">
                <EventTitle event={event} />
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <StartsAt event={event} />
              </td>
              <td className="py-2 pr-3 text-sm">{hostNames(event)}</td>
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
            <EventTitle event={event} />
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-semibold">When</dt>
              <dd>
                <StartsAt event={event} />
              </dd>
              <dt className="font-semibold">Hosts</dt>
              <dd className="min-w-0 break-words">{hostNames(event)}</dd>
              <dt className="font-semibold">Status</dt>
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
