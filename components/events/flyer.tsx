// The printable flyer of a published event: English and Spanish side by side on one
// sheet (US Letter or A4), for a café's notice board. Its print rules are in
// app/[locale]/events/[slug]/flyer/flyer.css. Both languages are printed whatever the
// page's language, each read from its own catalog (Flyer); what only screen readers
// hear (the flyer's and QR code's names) follows the page.
import { getTranslations } from "next-intl/server";
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

type FlyerTranslator = Awaited<ReturnType<typeof getTranslations<"Flyer">>>;

/** One language's column: when, where, and who hosts. */
function FlyerColumn({ event, locale, t }: { event: EventDetail; locale: "en" | "es"; t: FlyerTranslator }) {
  const { venue } = event;
  return (
    <section lang={locale} aria-label={t("language")}>
      <h2>{t("when")}</h2>
      <p>
        {formatLongDate(event.startsAt, event.timeZone, locale)}
        <br />
        {formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}
      </p>
      <h2>{t("where")}</h2>
      <p>
        {venue.name}
        <br />
        {venue.streetAddress}, {venue.city}, {venue.state} {venue.postalCode}
      </p>
      <p className="flyer-welcome">{t("welcome")}</p>
      <p>{t("hostedBy", { hosts: joined(names(event), t("and")) })}</p>
    </section>
  );
}

export async function Flyer({ event, size, url, qr }: Props) {
  const [en, es, page] = await Promise.all([
    getTranslations({ locale: "en", namespace: "Flyer" }),
    getTranslations({ locale: "es", namespace: "Flyer" }),
    getTranslations("Flyer"),
  ]);
  const withPhone = event.hosts.filter((host) => host.department.phone);
  return (
    <article className={`flyer-sheet flyer-${size}`} aria-label={page("flyer")}>
      <header className="flyer-top">
        {event.hosts.some((host) => host.department.logoHash) && (
          <ul className="flyer-logos" aria-label={page("hosts")}>
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
        <FlyerColumn event={event} locale="en" t={en} />
        <FlyerColumn event={event} locale="es" t={es} />
      </div>

      <footer className="flyer-bottom">
        <div className="flyer-qr">
          <QrCodeSvg qr={qr} label={page("qrLabel", { url })} />
          <p>
            {en("scan")} · <span lang="es">{es("scan")}</span>
            <br />
            <span className="flyer-url">{url}</span>
          </p>
        </div>
        <div className="flyer-safety">
          {withPhone.map(({ department }) => (
            <p key={department.slug}>
              {department.name} {en("nonEmergencyLine")} · <span lang="es">{es("nonEmergencyLine")}</span>:{" "}
              <strong>{department.phone}</strong>
            </p>
          ))}
          <p className="flyer-911">
            {en("emergency")} · <span lang="es">{es("emergency")}</span>
          </p>
        </div>
      </footer>
    </article>
  );
}
