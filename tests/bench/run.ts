// `npm run bench`: the near-me distance query at 100,000 events, on an embedded
// PostgreSQL (or TEST_DATABASE_URL). Prints latency percentiles; not a pass/fail test.
import { lookup } from "zipcodes";
import { createPrismaClient } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchIdsSql, type SearchRow } from "@/lib/events/search-sql";
import { eventSearchSelect, hostedInPublicBy } from "@/lib/events/select";
import { upcomingEventsArgs } from "@/lib/events/listing-args";
import { RADIUS_CHOICES, type SearchFilters } from "@/lib/events/search-params";
import {
  databaseUrl,
  migrate,
  openDatabaseServer,
  recreateDatabase,
  withAdminClient,
} from "../support/database-server";
import { METROS, seedBenchEvents } from "./seed-events";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 400);

const server = await openDatabaseServer();
try {
  await recreateDatabase(server.adminUrl, "cwac_bench");
  const url = databaseUrl(server.adminUrl, "cwac_bench");
  migrate(url);
  const seeded = Date.now();
  await withAdminClient(url, (client) => seedBenchEvents(client, EVENTS));
  console.log(
    `Seeded ${EVENTS.toLocaleString("en-US")} events at 10,000 venues in ${((Date.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const prisma = createPrismaClient(url, 4);
  // Searches from metro centers (dense) and from real ZIP codes (mostly sparse), all radii.
  const zips = ["06108", "93001", "78704", "85281", "80524", "12866", "96094", "10001", "60601", "98101"];
  const places = [
    ...METROS.map(([latitude, longitude]) => ({ latitude, longitude })),
    ...zips.map((z) => lookup(z)!),
  ];
  const searches: SearchFilters[] = Array.from({ length: RUNS }, (_, i) => {
    const place = places[i % places.length]!;
    const radiusMiles = RADIUS_CHOICES[i % RADIUS_CHOICES.length]!;
    return {
      dateRange: "any",
      near: { latitude: place.latitude, longitude: place.longitude, radiusMiles, label: "bench" },
    };
  });

  const byRadius = new Map<number, number[]>();
  const time = async (run: (f: SearchFilters) => Promise<unknown>, record = false) => {
    for (const f of searches.slice(0, 30)) await run(f); // warm-up
    const ms: number[] = [];
    for (const f of searches) {
      const start = performance.now();
      await run(f);
      const took = performance.now() - start;
      ms.push(took);
      if (record) byRadius.set(f.near!.radiusMiles, [...(byRadius.get(f.near!.radiusMiles) ?? []), took]);
    }
    return ms.sort((a, b) => a - b);
  };
  const pct = (ms: number[], p: number) =>
    ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)]!.toFixed(2);
  const report = (label: string, ms: number[]) =>
    console.log(
      `${label.padEnd(44)} p50 ${pct(ms, 50)} ms   p95 ${pct(ms, 95)} ms   p99 ${pct(ms, 99)} ms   (n=${ms.length})`,
    );

  let matched = 0;
  const idsOnly = await time(async (f) => {
    const rows = await prisma.$queryRaw<SearchRow[]>(searchIdsSql(f, { pageSize: 20 }));
    matched += rows[0] ? Number(rows[0].total) : 0;
  }, true);
  const fullPage = await time(async (f) => {
    const rows = await prisma.$queryRaw<SearchRow[]>(searchIdsSql(f, { pageSize: 20 }));
    await prisma.event.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: eventSearchSelect });
  });
  console.log(
    `Near-me searches, radius 5–100 miles; mean matches per search: ${Math.round(matched / (RUNS + 30))}`,
  );
  report("distance query (ids, distance, total)", idsOnly);
  report("result page (distance query + 20 events)", fullPage);
  for (const [miles, ms] of [...byRadius].sort(([a], [b]) => a - b)) {
    report(
      `  distance query within ${miles} miles`,
      ms.sort((a, b) => a - b),
    );
  }
  // The home page and department pages: the next events, no place given.
  const departmentIds = (await prisma.department.findMany({ select: { id: true }, take: 50 })).map(
    (d) => d.id,
  );
  const upcoming = await time(async (f) => {
    await prisma.event.findMany(upcomingEventsArgs({ limit: 50 }));
    void f;
  });
  const upcomingByDepartment = await time(async (f) => {
    const departmentId = departmentIds[searches.indexOf(f) % departmentIds.length]!;
    await prisma.event.findMany(upcomingEventsArgs({ limit: 50, where: hostedInPublicBy(departmentId) }));
  });
  const browseAll = await time(async () => {
    await prisma.$queryRaw<SearchRow[]>(searchIdsSql({ dateRange: "any" }, { pageSize: 20 }));
  });
  report("home page: next 50 events", upcoming);
  report("/events with no filter: first page (not counted)", browseAll);
  report("department page: its next 50 events", upcomingByDepartment);

  const plan = await prisma.$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN ${searchIdsSql(searches[1]!, { pageSize: 20 })}`,
  );
  console.log(
    plan.some((r) => r["QUERY PLAN"].includes("Venue_latitude_longitude_idx"))
      ? "Plan uses the venue (latitude, longitude) index."
      : "Plan does not use the venue index:\n" + plan.map((r) => r["QUERY PLAN"]).join("\n"),
  );
  await prisma.$disconnect();
} finally {
  await server.stop();
}
