// The printable flyer of a published event: English and Spanish side by side on one
// sheet (US Letter or A4), for a café's notice board. Its print rules are in
// app/events/[slug]/flyer/flyer.css.
import type { EventDetail } from "@/lib/events/select";
import { FORMAT_LABELS, FORMAT_LABELS_ES } from "@/lib/events/labels";
import { formatLongDate, formatTimeRange } from "@/lib/time/format";
import { DepartmentLogo } from "@/components/departments/department-logo";
import { QrCodeSvg, type QrCodeProps } from "./qr-code-svg";

export type FlyerSize = "letter" | "a4";

type Props = { event: EventDetail; size: FlyerSize; url: string; qr: QrCodeProps["qr"] };

const names = (event: EventDetail) => event.hosts.map((host) => host.department.name);

function joined(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

export function Flyer({ event, size, url, qr }: Props) {
  const { venue } = event;
  const withPhone = event.hosts.filter((host) => host.department.phone);
  return (
    <article className={`flyer-sheet flyer-${size}`} aria-label="Flyer">
      <header className="flyer-top">
        {event.hosts.some((host) => host.department.logoHash) && (
          <ul className="flyer-logos" aria-label="Hosts">
            {event.hosts.map(({ department }) =>
              department.logoHash ? (
                <li key={department.slug}>
                  <DepartmentLogo department={department} size={128} />
                </li>
              ) : null,
            )}
          </ul>
        )}
        <p className="flyer-kind">
          {FORMAT_LABELS[event.format]} <span lang="es">· {FORMAT_LABELS_ES[event.format]}</span>
        </p>
        <h1 className="flyer-title">{event.title}</h1>
      </header>

      <div className="flyer-columns">
        <section lang="en" aria-label="English">
          <h2>When</h2>
          <p>
            {formatLongDate(event.startsAt, event.timeZone)}
            <br />
            {formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}
          </p>
          <h2>Where</h2>
          <p>
            {venue.name}
            <br />
            {venue.streetAddress}, {venue.city}, {venue.state} {venue.postalCode}
          </p>
          <p className="flyer-welcome">No agenda, everyone welcome.</p>
          <p>Hosted by {joined(names(event), "and")}.</p>
        </section>
        <section lang="es" aria-label="Español">
          <h2>Cuándo</h2>
          <p>
            {formatLongDate(event.startsAt, event.timeZone, "es")}
            <br />
            {formatTimeRange(event.startsAt, event.endsAt, event.timeZone, "es")}
          </p>
          <h2>Dónde</h2>
          <p>
            {venue.name}
            <br />
            {venue.streetAddress}, {venue.city}, {venue.state} {venue.postalCode}
          </p>
          <p className="flyer-welcome">Sin agenda, todos son bienvenidos.</p>
          <p>Organizado por {joined(names(event), "y")}.</p>
        </section>
      </div>

      <footer className="flyer-bottom">
        <div className="flyer-qr">
          <QrCodeSvg qr={qr} label={`QR code: opens ${url}`} />
          <p>
            Scan for details · <span lang="es">Escanee para más información</span>
            <br />
            <span className="flyer-url">{url}</span>
          </p>
        </div>
        <div className="flyer-safety">
          {withPhone.map(({ department }) => (
            <p key={department.slug}>
              {department.name} non-emergency line · <span lang="es">línea que no es de emergencia</span>:{" "}
              <strong>{department.phone}</strong>
            </p>
          ))}
          <p className="flyer-911">
            In an emergency call 911 · <span lang="es">En una emergencia llame al 911</span>
          </p>
        </div>
      </footer>
    </article>
  );
}
