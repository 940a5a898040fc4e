// Which subscriptions are due to hear of which events, in SQL: new events (published after
// the subscription was confirmed, not yet told) near its ZIP code or hosted by its
// department; and cancelled events that a subscription was told about.
import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AlertFrequency } from "@/lib/generated/prisma/enums";
import { milesBetweenSql } from "@/lib/geo/distance-sql";
import { MAX_RADIUS } from "./limits";

export type Match = { subscriptionId: string; eventId: string };

const MILES_PER_DEGREE = 69.09;

/** Subscriptions within MAX_RADIUS of the venue, by the (latitude, longitude) index, then exactly. */
const nearVenue = Prisma.sql`(s.latitude IS NOT NULL
  AND s.latitude BETWEEN v.latitude - ${MAX_RADIUS / MILES_PER_DEGREE}::float8
                     AND v.latitude + ${MAX_RADIUS / MILES_PER_DEGREE}::float8
  AND s.longitude BETWEEN v.longitude - ${MAX_RADIUS / MILES_PER_DEGREE}::float8 / cos(radians(least(89, abs(v.latitude) + 1)))
                      AND v.longitude + ${MAX_RADIUS / MILES_PER_DEGREE}::float8 / cos(radians(least(89, abs(v.latitude) + 1)))
  AND ${milesBetweenSql(Prisma.sql`s.latitude`, Prisma.sql`s.longitude`, Prisma.sql`v.latitude`, Prisma.sql`v.longitude`)} <= s."radiusMiles")`;

const hostedByDepartment = Prisma.sql`(s."departmentId" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "EventHost" h
  WHERE h."eventId" = e.id AND h."departmentId" = s."departmentId" AND h.state = 'ACCEPTED'))`;

/** New upcoming events not yet told to confirmed subscriptions of this frequency (optionally one). */
export function listNewEventMatches(
  frequency: AlertFrequency,
  {
    now = new Date(),
    limit = 500,
    subscriptionId,
  }: { now?: Date; limit?: number; subscriptionId?: string } = {},
): Promise<Match[]> {
  const oneSubscription = subscriptionId ? Prisma.sql`AND s.id = ${subscriptionId}` : Prisma.empty;
  return prisma.$queryRaw<Match[]>`
    SELECT s.id AS "subscriptionId", e.id AS "eventId"
    FROM "Event" e
    JOIN "Venue" v ON v.id = e."venueId"
    JOIN "AlertSubscription" s
      ON s."confirmedAt" IS NOT NULL
     AND s.frequency = ${frequency}::"AlertFrequency"
     AND s."confirmedAt" <= e."publishedAt"
     ${oneSubscription}
     AND (${hostedByDepartment} OR ${nearVenue})
    WHERE e.status = 'PUBLISHED' AND e."publishedAt" IS NOT NULL AND e."endsAt" > ${now}
      AND NOT EXISTS (SELECT 1 FROM "AlertDelivery" d
        WHERE d."subscriptionId" = s.id AND d."eventId" = e.id AND d.kind = 'NEW_EVENT')
    ORDER BY e."publishedAt", e.id, s.id
    LIMIT ${limit}`;
}

/** Upcoming events cancelled after a subscription was told of them, whose notice is not sent yet. */
export function listCancellationMatches({ now = new Date(), limit = 500 } = {}): Promise<Match[]> {
  return prisma.$queryRaw<Match[]>`
    SELECT d."subscriptionId", d."eventId"
    FROM "AlertDelivery" d
    JOIN "Event" e ON e.id = d."eventId"
    WHERE d.kind = 'NEW_EVENT' AND e.status = 'CANCELLED' AND e."endsAt" > ${now}
      AND NOT EXISTS (SELECT 1 FROM "AlertDelivery" c
        WHERE c."subscriptionId" = d."subscriptionId" AND c."eventId" = d."eventId" AND c.kind = 'CANCELLED')
    ORDER BY d."sentAt", d.id
    LIMIT ${limit}`;
}

/** Confirmed weekly subscriptions with at least one new event to tell. */
export async function listDigestSubscriptionIds(now = new Date()): Promise<string[]> {
  const matches = await listNewEventMatches("WEEKLY", { now, limit: 100_000 });
  return [...new Set(matches.map((m) => m.subscriptionId))];
}
