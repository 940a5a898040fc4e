-- Co-hosts must accept before an event shows as theirs (docs/decisions/0008).
CREATE TYPE "HostState" AS ENUM ('INVITED', 'ACCEPTED');

-- Hosts that exist today were shown in public already: they stay ACCEPTED. Rows written
-- from now on without a state are invitations.
ALTER TABLE "EventHost" ADD COLUMN "respondedAt" TIMESTAMPTZ(3),
ADD COLUMN "state" "HostState" NOT NULL DEFAULT 'ACCEPTED';
ALTER TABLE "EventHost" ALTER COLUMN "state" SET DEFAULT 'INVITED';

CREATE INDEX "EventHost_departmentId_state_idx" ON "EventHost"("departmentId", "state");

-- A venue belongs to the department that created it, and null means site admins only.
ALTER TABLE "Venue" ADD COLUMN "ownerDepartmentId" TEXT;

CREATE INDEX "Venue_ownerDepartmentId_idx" ON "Venue"("ownerDepartmentId");

ALTER TABLE "Venue" ADD CONSTRAINT "Venue_ownerDepartmentId_fkey" FOREIGN KEY ("ownerDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: the earliest department to hold something there (the lead host of its
-- first event, or the department of its first series). Venues never used stay null.
UPDATE "Venue" v
SET "ownerDepartmentId" = earliest."departmentId"
FROM (
  SELECT DISTINCT ON ("venueId") "venueId", "departmentId"
  FROM (
    SELECT e."venueId", h."departmentId", e."createdAt" AS "usedAt", h."createdAt" AS "hostAt"
    FROM "Event" e
    JOIN "EventHost" h ON h."eventId" = e.id
    UNION ALL
    SELECT s."venueId", s."departmentId", s."createdAt", s."createdAt"
    FROM "EventSeries" s
  ) uses
  ORDER BY "venueId", "usedAt", "hostAt", "departmentId"
) earliest
WHERE earliest."venueId" = v.id;
