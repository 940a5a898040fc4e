// The report's SQL: each figure grouped by local month (in each event's own time zone)
// with one more row, month null, for the whole period (GROUPING SETS), so that medians
// over the period are true medians, not averages of monthly ones.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Events hosted (accepted) by one of the departments; null: every event. */
export function hostedByAny(departmentIds: string[] | null): Prisma.Sql {
  if (departmentIds === null) return Prisma.sql`TRUE`;
  if (departmentIds.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "EventHost" h WHERE h."eventId" = e.id AND h.state = 'ACCEPTED'
    AND h."departmentId" IN (${Prisma.join(departmentIds)}))`;
}

/** The local month ("YYYY-MM") of a timestamp column, in the event's zone. */
const localMonth = (column: string) => Prisma.raw(`to_char(${column} AT TIME ZONE e."timeZone", 'YYYY-MM')`);

export type Period = { from: string; to: string };

export const eventFigures = (scope: Prisma.Sql, { from, to }: Period, now: Date) => Prisma.sql`
  SELECT m.month,
         count(*) FILTER (WHERE e.status = 'PUBLISHED' AND e."endsAt" <= ${now})::int AS "eventsHeld",
         count(*) FILTER (WHERE e.status = 'CANCELLED')::int AS "eventsCancelled",
         count(r.id) FILTER (WHERE e.status = 'PUBLISHED')::int AS "recaps",
         coalesce(sum(r.attendance) FILTER (WHERE e.status = 'PUBLISHED'), 0)::int AS "attendance"
    FROM "Event" e
    LEFT JOIN "EventRecap" r ON r."eventId" = e.id
    CROSS JOIN LATERAL (SELECT ${localMonth(`e."startsAt"`)} AS month) m
   WHERE e.status IN ('PUBLISHED', 'CANCELLED') AND ${scope} AND m.month BETWEEN ${from} AND ${to}
   GROUP BY GROUPING SETS ((m.month), ())`;

/**
 * Questions: residents' top-level comments, neither spam nor rejected, by the month they
 * came in; answered: with an approved official reply; the median time to the first one.
 */
export const questionFigures = (scope: Prisma.Sql, { from, to }: Period) => Prisma.sql`
  WITH q AS (
    SELECT ${localMonth(`c."createdAt"`)} AS month, c."createdAt" AS asked,
           (SELECT min(a."createdAt") FROM "Comment" a
             WHERE a."parentId" = c.id AND a.official AND a.status = 'APPROVED') AS answered
      FROM "Comment" c JOIN "Event" e ON e.id = c."eventId"
     WHERE c."parentId" IS NULL AND NOT c.official AND c.status IN ('APPROVED', 'PENDING') AND ${scope}
  )
  SELECT month,
         count(*)::int AS "questionsReceived",
         count(answered)::int AS "questionsAnswered",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered - asked))
           FILTER (WHERE answered IS NOT NULL) AS "medianReplySeconds"
    FROM q
   WHERE month BETWEEN ${from} AND ${to}
   GROUP BY GROUPING SETS ((month), ())`;

/** Follow-ups opened (by when they were added) and done (by when they were last marked done). */
export const followUpFigures = (scope: Prisma.Sql, { from, to }: Period) => Prisma.sql`
  WITH f AS (
    SELECT ${localMonth(`fu."createdAt"`)} AS month, 1 AS opened, 0 AS done
      FROM "FollowUp" fu JOIN "EventRecap" r ON r.id = fu."recapId" JOIN "Event" e ON e.id = r."eventId"
     WHERE ${scope}
    UNION ALL
    SELECT ${localMonth(`fu."doneAt"`)}, 0, 1
      FROM "FollowUp" fu JOIN "EventRecap" r ON r.id = fu."recapId" JOIN "Event" e ON e.id = r."eventId"
     WHERE fu.state = 'DONE' AND fu."doneAt" IS NOT NULL AND ${scope}
  )
  SELECT month, sum(opened)::int AS "followUpsOpened", sum(done)::int AS "followUpsDone"
    FROM f
   WHERE month BETWEEN ${from} AND ${to}
   GROUP BY GROUPING SETS ((month), ())`;
