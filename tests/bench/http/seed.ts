// The data set of issue 11, on top of the demo seed: 10,000 upcoming and 2,000 past
// events (5% drafts, 3% cancelled) at 1,000 venues, 500 departments, and about 100,000
// comments, most approved, some pending or rejected, a few with an official reply.
// Generated inside PostgreSQL in seconds.
import type pg from "pg";
import { seedBenchEvents } from "../seed-events";

export const UPCOMING_EVENTS = 10_000;
export const PAST_EVENTS = 2_000;
export const VENUES = 1_000;
export const COMMENTS = 100_000;

export async function seedHttpBenchData(client: pg.Client): Promise<void> {
  await seedBenchEvents(client, UPCOMING_EVENTS + PAST_EVENTS, VENUES);
  // seedBenchEvents spreads start times at random; the issue names exact counts.
  await client.query(`
    UPDATE "Event" SET "startsAt" = x.s, "endsAt" = x.s + interval '90 minutes'
    FROM (
      SELECT id, CASE WHEN substring(id from 3)::int <= ${PAST_EVENTS}
        THEN date_trunc('hour', now()) - interval '1 day' - random() * interval '360 days'
        ELSE date_trunc('hour', now()) + interval '1 day' + random() * interval '364 days' END AS s
      FROM "Event" WHERE id LIKE 'be%'
    ) x
    WHERE "Event".id = x.id`);
  // Comments on public events, skewed as real interest is: a few events draw hundreds.
  await client.query(`
    WITH public_events AS (
      SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Event" WHERE status <> 'DRAFT'
    ), picks AS (
      SELECT g, 1 + floor((SELECT count(*) FROM public_events) * power(random(), 2))::int AS n
      FROM generate_series(1, ${COMMENTS}) g
    )
    INSERT INTO "Comment" (id, "eventId", "authorName", body, status, "moderatedAt", "senderHash", "createdAt", "updatedAt")
    SELECT 'bc' || g, e.id, 'Resident ' || g,
      'Thank you for coming out to talk with us. Will there be a chance to ask about traffic on Main Street? (' || g || ')',
      (CASE WHEN g % 12 = 0 THEN 'PENDING' WHEN g % 40 = 1 THEN 'REJECTED' ELSE 'APPROVED' END)::"CommentStatus",
      CASE WHEN g % 12 = 0 THEN NULL ELSE now() END, md5(g::text), now() - random() * interval '60 days', now()
    FROM picks JOIN public_events e ON e.n = picks.n`);
  await client.query(`
    INSERT INTO "Comment" (id, "eventId", "parentId", "authorName", body, status, official, "officialDepartmentId", "moderatedAt", "createdAt", "updatedAt")
    SELECT 'br' || substring(c.id from 3), c."eventId", c.id, 'Officer Bench', 'Yes: bring your questions, we will be there.',
      'APPROVED', true, h."departmentId", now(), c."createdAt" + interval '1 hour', now()
    FROM "Comment" c JOIN "EventHost" h ON h."eventId" = c."eventId"
    WHERE c.id LIKE 'bc%' AND c.status = 'APPROVED' AND substring(c.id from 3)::int % 50 = 0`);
  await client.query("ANALYZE");
}

export type BenchTargets = { event: string; eventComments: number; department: string; venue: string };

/** Comments on the measured event page: a busy event, not the outlier with hundreds. */
const EVENT_COMMENTS = 40;

/**
 * The pages to measure: an upcoming event with about 40 approved comments, and the
 * department and the venue with the most upcoming events.
 */
export async function pickBenchPages(client: pg.Client): Promise<BenchTargets> {
  const one = async (sql: string) => {
    const { rows } = await client.query<{ slug: string }>(sql);
    if (!rows[0]) throw new Error(`No row for: ${sql}`);
    return rows[0].slug;
  };
  const upcoming = `e.status = 'PUBLISHED' AND e."startsAt" > now()`;
  const { rows } = await client.query<{ slug: string; comments: number }>(`
    SELECT e.slug, count(*)::int AS comments FROM "Event" e
    JOIN "Comment" c ON c."eventId" = e.id AND c.status = 'APPROVED'
    WHERE ${upcoming} GROUP BY e.slug ORDER BY abs(count(*) - ${EVENT_COMMENTS}), e.slug LIMIT 1`);
  if (!rows[0]) throw new Error("No upcoming event with approved comments");
  return {
    event: rows[0].slug,
    eventComments: rows[0].comments,
    department: await one(`
      SELECT d.slug FROM "Department" d JOIN "EventHost" h ON h."departmentId" = d.id AND h.state = 'ACCEPTED'
      JOIN "Event" e ON e.id = h."eventId" WHERE ${upcoming} GROUP BY d.slug ORDER BY count(*) DESC, d.slug LIMIT 1`),
    venue: await one(`
      SELECT v.slug FROM "Venue" v JOIN "Event" e ON e."venueId" = v.id
      WHERE ${upcoming} GROUP BY v.slug ORDER BY count(*) DESC, v.slug LIMIT 1`),
  };
}

/** What the database holds, to print beside the figures. */
export async function describeData(client: pg.Client): Promise<string> {
  const { rows } = await client.query<Record<string, string>>(`
    SELECT
      (SELECT count(*) FROM "Event" WHERE "startsAt" > now()) AS upcoming,
      (SELECT count(*) FROM "Event" WHERE "startsAt" <= now()) AS past,
      (SELECT count(*) FROM "Venue") AS venues,
      (SELECT count(*) FROM "Department") AS departments,
      (SELECT count(*) FROM "Comment") AS comments,
      (SELECT count(*) FROM "Comment" WHERE status = 'APPROVED') AS approved,
      (SELECT count(*) FROM "Comment" WHERE status = 'PENDING') AS pending`);
  const r = rows[0]!;
  const n = (key: string) => Number(r[key]).toLocaleString("en-US");
  return (
    `${n("upcoming")} upcoming and ${n("past")} past events, ${n("venues")} venues, ` +
    `${n("departments")} departments, ${n("comments")} comments (${n("approved")} approved, ${n("pending")} pending)`
  );
}
