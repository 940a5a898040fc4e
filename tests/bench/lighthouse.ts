// `npm run bench:lighthouse -- [SITE_URL]`: Lighthouse's scores for issue 11's busiest
// public pages (home, an event page, a near-me search, each in English and in Spanish),
// as a phone on a slow network sees them (Lighthouse's default mobile emulation and
// simulated throttling). Starts nothing: give it a running production site (default
// http://localhost:3000). Runs the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium)
// headless. Prints the four category scores and the key metrics; figures, not a test: it
// exits 0 unless the site or the browser cannot be reached. Each page runs
// BENCH_LIGHTHOUSE_RUNS times (default 3); the run with the median performance score is shown.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { publicPages } from "./public-pages";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../support/chromium";

const site = (process.argv[2] ?? process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3);
const PAGES = new Set(["home", "an event page", "near-me search"]);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Figures = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  opportunities: string[];
  /** Lighthouse's measure of this machine's speed at the time (higher is faster). */
  benchmarkIndex: number;
};

async function audit(port: number, url: string): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  // What Lighthouse would fix first on this page: failed audits that weigh on performance.
  const performanceAudits = new Set(lhr.categories.performance?.auditRefs.map((ref) => ref.id) ?? []);
  const opportunities = Object.values(lhr.audits)
    .filter(
      (found) =>
        performanceAudits.has(found.id) &&
        found.score !== null &&
        found.score < 0.9 &&
        found.scoreDisplayMode !== "informative" &&
        found.scoreDisplayMode !== "notApplicable",
    )
    .map((found) => `${found.id}${found.displayValue ? ` (${found.displayValue})` : ""}`);
  return {
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
    metrics: {
      fcp: value("first-contentful-paint"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      si: value("speed-index"),
    },
    opportunities,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const pages = (await publicPages(site)).filter((page) => PAGES.has(page.name.replace(/ \(es\)$/, "")));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  const speeds: number[] = [];
  try {
    console.log(`Lighthouse (mobile, simulated slow 4G) on ${site}, ${runs} run(s) a page\n`);
    console.log(
      `${"page".padEnd(24)} perf  a11y  best   seo      FCP      LCP     TBT    CLS       SI  path`,
    );
    for (const { name, path } of pages) {
      const results: Figures[] = [];
      // A trace now and then comes back unusable (NO_NAVSTART) on a busy machine: try again.
      for (let attempt = 0; results.length < runs && attempt < runs + 2; attempt++) {
        try {
          results.push(await audit(chrome.port, `${site}${path}`));
        } catch (error) {
          console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (!results.length) continue;
      speeds.push(...results.map((result) => result.benchmarkIndex));
      results.sort((a, b) => a.scores.performance - b.scores.performance);
      const { scores, metrics, opportunities } = results[Math.floor(results.length / 2)]!;
      console.log(
        [
          name.padEnd(24),
          ...CATEGORIES.map((category) => String(scores[category]).padStart(4)),
          seconds(metrics.fcp).padStart(8),
          seconds(metrics.lcp).padStart(8),
          `${Math.round(metrics.tbt)} ms`.padStart(7),
          metrics.cls.toFixed(3).padStart(6),
          seconds(metrics.si).padStart(8),
          ` ${path}`,
        ].join(" "),
      );
      if (opportunities.length) console.log(`${"".padEnd(24)} below 90: ${opportunities.join(", ")}`);
    }
    if (speeds.length) {
      console.log(
        `\nLighthouse's benchmark index of this machine during the runs: ${Math.round(Math.min(...speeds))}` +
          `–${Math.round(Math.max(...speeds))} (a typical desktop scores 1,000–2,000; a busy machine ` +
          "lower, and its blocking time reads longer).",
      );
    }
    console.log(
      "\nScores out of 100. FCP, LCP: first and largest contentful paint; TBT: total blocking " +
        "time; CLS: cumulative layout shift; SI: speed index. Lighthouse's scores move by a few " +
        "points between runs on a busy machine.",
    );
  } finally {
    chrome.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
