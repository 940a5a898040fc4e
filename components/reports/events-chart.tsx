// One chart, drawn on the server as SVG: events held (bars) and attendance reported
// (bars) per month, in two panels that share the months, so each keeps its own scale
// and neither is read against the other's axis. Readable without JavaScript; the
// title and description say what it shows, and the table below holds the same figures.
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ReportRow } from "@/lib/reports/queries";
import { monthLabel, reportLocaleTag } from "@/lib/reports/months";

const WIDTH = 480;
const PANEL = 120;
const LEFT = 40;
const RIGHT = 8;
const TOP = 28;
const GAP = 44;
const BOTTOM = 36;
const HEIGHT = TOP + PANEL + GAP + PANEL + BOTTOM;

/** A round ceiling for an axis: 1, 2, 5, 10, 20, 50… */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value) ?? 10 * power;
}

function Panel({
  rows,
  y0,
  value,
  label,
  color,
  locale,
}: {
  rows: ReportRow[];
  y0: number;
  value: (row: ReportRow) => number;
  label: string;
  color: string;
  locale: Locale;
}) {
  const top = niceMax(Math.max(...rows.map(value)));
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(rows.length, 1);
  const barWidth = Math.max(Math.min(slot * 0.6, 48), 2);
  const y = (v: number) => y0 + PANEL - (v / top) * PANEL;
  return (
    <g>
      <text x={LEFT} y={y0 - 10} fontSize="14" fontWeight="bold" fill="#0f172a">
        {label}
      </text>
      {(top % 2 === 0 ? [0, top / 2, top] : [0, top]).map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" strokeWidth="1" />
          <text x={LEFT - 6} y={y(tick) + 4} fontSize="12" textAnchor="end" fill="#334155">
            {tick.toLocaleString(reportLocaleTag(locale))}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const v = value(row);
        const x = LEFT + index * slot + (slot - barWidth) / 2;
        return (
          <g key={row.month}>
            <rect x={x} y={y(v)} width={barWidth} height={y0 + PANEL - y(v)} fill={color} />
            {v > 0 && rows.length <= 12 && (
              <text x={x + barWidth / 2} y={y(v) - 3} fontSize="12" textAnchor="middle" fill="#0f172a">
                {v}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

export async function EventsChart({
  rows,
  total,
  scope,
}: {
  rows: ReportRow[];
  total: ReportRow;
  scope: string;
}) {
  const t = await getTranslations("AdminReports.chart");
  const locale = (await getLocale()) as Locale;
  const month = (key: string) => monthLabel(key, true, locale);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(rows.length, 1);
  // Every month named when they fit, else every second, third…
  const every = Math.ceil(rows.length / 8);
  const first = rows[0]?.month;
  const last = rows.at(-1)?.month;
  const period = first && last ? t("period", { from: month(first), to: month(last) }) : "";
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="events-chart-title events-chart-desc"
        className="h-auto w-full max-w-3xl"
      >
        <title id="events-chart-title">{t("title", { scope })}</title>
        <desc id="events-chart-desc">
          {[
            t("totals", {
              period,
              held: total.eventsHeld,
              attendance: total.attendance,
              recaps: total.recaps,
            }),
            ...rows.map((r) =>
              t("month", { month: month(r.month), held: r.eventsHeld, attendance: r.attendance }),
            ),
          ].join(" ")}
        </desc>
        <Panel
          rows={rows}
          y0={TOP}
          value={(r) => r.eventsHeld}
          label={t("eventsHeld")}
          color="#1e3a8a"
          locale={locale}
        />
        <Panel
          rows={rows}
          y0={TOP + PANEL + GAP}
          value={(r) => r.attendance}
          label={t("attendance")}
          color="#b45309"
          locale={locale}
        />
        {rows.map((row, index) =>
          index % every === 0 ? (
            <text
              key={row.month}
              x={LEFT + index * slot + slot / 2}
              y={HEIGHT - BOTTOM + 18}
              fontSize="12"
              textAnchor="middle"
              fill="#334155"
            >
              {monthLabel(row.month, false, locale)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="text-sm text-slate-700">{t("caption")}</figcaption>
    </figure>
  );
}
