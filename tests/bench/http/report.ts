// The figures as a table, and the issue's targets, each marked met or not met.
import type { LoadFigures } from "./load";

export type PageKind = "cached" | "search";

export type PageFigures = LoadFigures & { label: string; kind: PageKind; peakMb: number };

/** The targets of issue 11. */
export const TARGETS = {
  cachedShareOfBare: 0.1,
  searchShareOfBare: 0.02,
  p99Ms: 100,
  peakMb: 400,
};

const shareTarget = (kind: PageKind) =>
  kind === "cached" ? TARGETS.cachedShareOfBare : TARGETS.searchShareOfBare;

const percent = (share: number) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}%`;
const met = (ok: boolean) => (ok ? "met" : "NOT MET");

export function formatReport(bare: LoadFigures, pages: PageFigures[], peakMb: number): string {
  const header = [
    "page",
    "answers",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "non-2xx",
    "of bare",
    "target",
    "peak MB",
  ];
  // No answer within the run: no latency to show.
  const ms = (figures: LoadFigures, value: number) => (figures.requests === 0 ? "–" : value.toFixed(0));
  const cells = (figures: LoadFigures, rate: string) => [
    String(figures.requests),
    rate,
    ms(figures, figures.p50),
    ms(figures, figures.p99),
    String(figures.errors),
    String(figures.non2xx),
  ];
  const rows = [
    ["bare Node http, 30 KB", ...cells(bare, bare.requestsPerSecond.toFixed(0)), "100%", "", ""],
    ...pages.map((page) => {
      const share = page.requestsPerSecond / bare.requestsPerSecond;
      const target = shareTarget(page.kind);
      return [
        page.label,
        ...cells(page, page.requestsPerSecond.toFixed(1)),
        percent(share),
        `≥${percent(target)} ${met(share >= target)}`,
        page.peakMb.toFixed(0),
      ];
    }),
  ];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  // A page that completed nothing in the run counts as slower than the run itself.
  const slowest = Math.max(...pages.map((page) => (page.requests === 0 ? Infinity : page.p99)));
  const failed = pages.reduce((sum, page) => sum + page.errors + page.non2xx, 0);
  const cached = pages.filter((page) => page.kind === "cached");
  const searches = pages.filter((page) => page.kind === "search");
  const shareMet = (list: PageFigures[], target: number) =>
    list.filter((page) => page.requestsPerSecond / bare.requestsPerSecond >= target).length;
  return [
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map(line),
    "",
    "Targets (issue 11):",
    `  cached pages ≥ ${percent(TARGETS.cachedShareOfBare)} of bare req/s: ${met(shareMet(cached, TARGETS.cachedShareOfBare) === cached.length)} (${shareMet(cached, TARGETS.cachedShareOfBare)} of ${cached.length})`,
    `  searches and API ≥ ${percent(TARGETS.searchShareOfBare)} of bare req/s: ${met(shareMet(searches, TARGETS.searchShareOfBare) === searches.length)} (${shareMet(searches, TARGETS.searchShareOfBare)} of ${searches.length})`,
    `  p99 < ${TARGETS.p99Ms} ms on every page: ${met(slowest < TARGETS.p99Ms)} (slowest p99 ${Number.isFinite(slowest) ? `${slowest.toFixed(0)} ms` : "beyond the run: a page answered nothing"})`,
    `  0 errors and 0 non-2xx: ${met(failed === 0)} (${failed})`,
    `  peak resident memory < ${TARGETS.peakMb} MB: ${met(peakMb < TARGETS.peakMb)} (${peakMb.toFixed(0)} MB)`,
  ].join("\n");
}
