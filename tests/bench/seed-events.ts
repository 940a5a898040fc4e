// 100,000 events at 10,000 venues for the distance benchmark, generated inside
// PostgreSQL (seconds, not minutes): half the venues around 60 metro centers, half
// scattered over the contiguous US, like real programs; 5% drafts, 3% cancelled.
import type pg from "pg";

export const METROS: [number, number][] = Array.from({ length: 60 }, (_, i) => [
  27 + ((i * 7.3) % 20),
  -122 + ((i * 13.7) % 50),
]);

export async function seedBenchEvents(client: pg.Client, events = 100_000, venues = 10_000): Promise<void> {
  const metros = METROS.map(([lat, lng]) => `(${lat}, ${lng})`).join(", ");
  await client.query("SELECT setseed(0.42)");
  await client.query(`
    WITH metros(lat, lng) AS (VALUES ${metros}),
    m AS (SELECT row_number() OVER () - 1 AS i, lat, lng FROM metros)
    INSERT INTO "Venue" (id, slug, name, "streetAddress", city, state, "postalCode", latitude, longitude, "timeZone", "updatedAt")
    SELECT 'bv' || g, 'bench-venue-' || g, 'Bench Café ' || g, g || ' Main St.', 'Town ' || (g % 977), 'CT', '06108',
      CASE WHEN g % 2 = 0 THEN m.lat + (random() - 0.5) * 0.8 ELSE 25 + random() * 24 END,
      CASE WHEN g % 2 = 0 THEN m.lng + (random() - 0.5) * 0.8 ELSE -124 + random() * 57 END,
      'America/New_York', now()
    FROM generate_series(1, ${venues}) g JOIN m ON m.i = g % ${METROS.length}`);
  await client.query(`
    INSERT INTO "Department" (id, slug, name, kind, city, state, "timeZone", "updatedAt")
    SELECT 'bd' || g, 'bench-department-' || g, 'Bench Police Department ' || g, 'CITY_POLICE', 'Town', 'CT', 'America/New_York', now()
    FROM generate_series(1, 500) g`);
  await client.query(`
    INSERT INTO "Event" (id, slug, title, description, "startsAt", "endsAt", "timeZone", status, "venueId", languages, "updatedAt")
    SELECT 'be' || g, 'bench-event-' || g, 'Coffee with a Cop ' || g, 'Talk with the officers who serve your neighborhood.',
      s, s + interval '90 minutes', 'America/New_York',
      (CASE WHEN g % 20 = 0 THEN 'DRAFT' WHEN g % 33 = 0 THEN 'CANCELLED' ELSE 'PUBLISHED' END)::"EventStatus",
      'bv' || (1 + (g * 7919) % ${venues}), CASE WHEN g % 9 = 0 THEN ARRAY['en','es'] ELSE ARRAY['en'] END, now()
    FROM (SELECT g, now() - interval '90 days' + random() * interval '455 days' AS s FROM generate_series(1, ${events}) g) x`);
  await client.query(`
    INSERT INTO "EventHost" ("eventId", "departmentId", state) SELECT 'be' || g, 'bd' || (1 + g % 500), 'ACCEPTED' FROM generate_series(1, ${events}) g`);
  await client.query("ANALYZE");
}
