// `npm run bench:http`: the public pages under load, as issue 11 measures them. On a
// throwaway embedded PostgreSQL it seeds the demo data plus 12,000 events, 1,000 venues,
// 500 departments and ~100,000 comments, starts the production site with the launcher
// (as `npm start` does, building first when `.next` is older than the code), and loads
// each page with autocannon, then a bare Node http server for the ceiling. Prints
// figures and the issue's targets; it is not a pass/fail test and exits 0 either way.
// BENCH_HTTP_SECONDS (10), BENCH_HTTP_CONNECTIONS (20), BENCH_HTTP_WARMUP_SECONDS (2),
// BENCH_HTTP_PORT (a free one), BENCH_HTTP_ACCEPT_ENCODING ("gzip, deflate, br", as a
// browser asks; empty: no compression).
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../../scripts/db/free-port";
import {
  databaseUrl,
  openDatabaseServer,
  recreateDatabase,
  withAdminClient,
} from "../../support/database-server";
import { ACCEPT_ENCODING, load, warm, type LoadFigures } from "./load";
import { MemorySampler } from "./memory";
import { formatReport, type PageFigures, type PageKind } from "./report";
import { describeData, pickBenchPages, seedHttpBenchData } from "./seed";
import { prepareDatabase, ROOT, startSite } from "./site";

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_HTTP_WARMUP_SECONDS ?? 2);
const LOG_FILE = path.join(ROOT, ".data/bench-http/site.log");

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function measureBareServer(): Promise<LoadFigures> {
  const port = await findFreePort();
  const bare = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "bare-server.ts"), String(port)],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      bare.stdout.once("data", () => resolve());
      bare.once("exit", (code) => reject(new Error(`the bare server exited (code ${code})`)));
    });
    const url = `http://127.0.0.1:${port}/`;
    await warm(url);
    if (WARMUP_SECONDS > 0) await load(url, CONNECTIONS, WARMUP_SECONDS);
    return await load(url, CONNECTIONS, SECONDS);
  } finally {
    bare.kill("SIGTERM");
  }
}

const server = await openDatabaseServer();
try {
  await recreateDatabase(server.adminUrl, "cwac_bench_http");
  const url = databaseUrl(server.adminUrl, "cwac_bench_http");
  let since = performance.now();
  prepareDatabase(url);
  console.log(`Migrated and seeded the demo data (the launcher's prepare) in ${seconds(since)}`);
  since = performance.now();
  await withAdminClient(url, seedHttpBenchData);
  const { targets, data } = await withAdminClient(url, async (client) => ({
    targets: await pickBenchPages(client),
    data: await describeData(client),
  }));
  console.log(`Seeded the benchmark data in ${seconds(since)}: ${data}`);

  since = performance.now();
  const port = Number(process.env.BENCH_HTTP_PORT ?? (await findFreePort()));
  const site = await startSite(url, port, LOG_FILE);
  const sampler = new MemorySampler(site.serverPid);
  try {
    console.log(
      `${site.built() ? "Built .next (it was missing or older than the code) and started" : "Reused the up-to-date .next build; started"} ` +
        `the site (npm start's launcher, production, JOBS=0) on port ${port} in ${seconds(since)}; its log: ${path.relative(ROOT, LOG_FILE)}`,
    );
    const pages: { label: string; path: string; kind: PageKind }[] = [
      { label: "/", path: "/", kind: "cached" },
      {
        label: `event page (${targets.eventComments} comments)`,
        path: `/events/${targets.event}`,
        kind: "cached",
      },
      { label: "department page", path: `/departments/${targets.department}`, kind: "cached" },
      { label: "venue page", path: `/venues/${targets.venue}`, kind: "cached" },
      { label: "near-me search", path: "/events?zip=06108&radius=25", kind: "search" },
      {
        label: "/events with filters",
        path: "/events?when=month&format=COFFEE_WITH_A_COP&language=es",
        kind: "search",
      },
      { label: "/api/events", path: "/api/events", kind: "search" },
      { label: "/feed.xml", path: "/feed.xml", kind: "cached" },
      { label: "/events.ics", path: "/events.ics", kind: "cached" },
    ];
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s a page after ${WARMUP_SECONDS} s of warm-up (autocannon, ` +
        `${ACCEPT_ENCODING ? `Accept-Encoding: ${ACCEPT_ENCODING}` : "no compression asked for"}):`,
    );
    await site.waitUntilReady();
    console.log(`Load average before: ${loadAverage()}`);
    sampler.start();
    const figures: PageFigures[] = [];
    for (const page of pages) {
      const pageUrl = site.url + page.path;
      const check = await warm(pageUrl);
      if (WARMUP_SECONDS > 0) await load(pageUrl, CONNECTIONS, WARMUP_SECONDS);
      sampler.takeWindowPeak();
      const result = await load(pageUrl, CONNECTIONS, SECONDS);
      const peakMb = sampler.takeWindowPeak();
      console.log(
        `  ${page.label.padEnd(22)} ${page.path}  → ${check.status}, ${kb(check.bytes)}` +
          `${check.contentEncoding ? ` (${kb(check.wireBytes)} sent, ${check.contentEncoding})` : ""}, ` +
          `Cache-Control: ${check.cacheControl || "(none)"}; ${result.requestsPerSecond.toFixed(1)} req/s`,
      );
      figures.push({ ...page, ...result, peakMb });
    }
    sampler.stop();
    console.log("\nThe bare server (same machine, same load):");
    const bare = await measureBareServer();
    console.log(`  ${bare.requestsPerSecond.toFixed(0)} req/s\n`);
    console.log(formatReport(bare, figures, sampler.peak));
    console.log(
      `\nLoad average after: ${loadAverage()} on ${os.cpus().length} cores (other work on the machine lowers every figure).`,
    );
  } finally {
    sampler.stop();
    await site.stop();
  }
} finally {
  await server.stop();
}
