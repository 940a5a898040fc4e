-- The lead host becomes an explicit column instead of "the host created first".
ALTER TABLE "EventHost" ADD COLUMN "isLead" BOOLEAN NOT NULL DEFAULT false;

-- Backfill: the earliest host of each event leads, as pages listed it first until now
-- (ties, which the site never wrote, go to the smaller department id).
UPDATE "EventHost" h
SET "isLead" = true
FROM (
  SELECT DISTINCT ON ("eventId") "eventId", "departmentId"
  FROM "EventHost"
  ORDER BY "eventId", "createdAt", "departmentId"
) earliest
WHERE h."eventId" = earliest."eventId" AND h."departmentId" = earliest."departmentId";

-- At most one lead per event.
CREATE UNIQUE INDEX "EventHost_one_lead_per_event" ON "EventHost"("eventId") WHERE "isLead";
