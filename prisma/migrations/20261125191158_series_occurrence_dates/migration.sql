-- DropForeignKey
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_eventId_fkey";

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "occurrenceDate" TEXT;

-- AlterTable
ALTER TABLE "EventSeries" ADD COLUMN     "skippedDates" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: each existing occurrence was made for the local date it starts on.
UPDATE "Event"
SET "occurrenceDate" = to_char("startsAt" AT TIME ZONE "timeZone", 'YYYY-MM-DD')
WHERE "seriesId" IS NOT NULL;
