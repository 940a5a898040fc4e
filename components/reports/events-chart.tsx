// One chart, drawn on the server as SVG: events held (bars) and attendance reported
// (bars) per month, in two panels that share the months, so each keeps its own scale
// and neither is read against the other's axis. Readable without JavaScript; the
// title and description say what it shows, and the table below holds the same figures.
import type { ReportRow } from "@/lib/reports/queries";
import { monthLabel } from "@/lib/reports/months";

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
}: {
  rows: ReportRow[];
  y0: number;
  value: (row: ReportRow) => number;
  label: string;
  color: string;
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
            {tick.toLocaleString("en-US")}
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

export function EventsChart({ rows, total, scope }: { rows: ReportRow[]; total: ReportRow; scope: string }) {
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(rows.length, 1);
  // Every month named when they fit, else every second, third…
  const every = Math.ceil(rows.length / 8);
  const first = rows[0]?.month;
  const last = rows.at(-1)?.month;
  const period = first && last ? `${monthLabel(first, true)} to ${monthLabel(last, true)}` : "";
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="events-chart-title events-chart-desc"
        className="h-auto w-full max-w-3xl"
      >
        <title id="events-chart-title">{`Events held and attendance reported by month, ${scope}`}</title>
        <desc id="events-chart-desc">
          {`${period}: ${total.eventsHeld} events held, ${total.attendance} people reported in ${total.recaps} recaps. ` +
            rows
              .map((r) => `${monthLabel(r.month, true)}: ${r.eventsHeld} held, attendance ${r.attendance}.`)
              .join(" ")}
        </desc>
        <Panel rows={rows} y0={TOP} value={(r) => r.eventsHeld} label="Events held" color="#1e3a8a" />
        <Panel
          rows={rows}
          y0={TOP + PANEL + GAP}
          value={(r) => r.attendance}
          label="Attendance reported (people)"
          color="#b45309"
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
              {monthLabel(row.month)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="text-sm text-slate-700">
        Events held and attendance reported by month. The table below gives the same figures.
      </figcaption>
    </figure>
  );
}
