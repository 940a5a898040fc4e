-- Issue 14, item 1: email alerts about new events near a ZIP code or from a department,
-- with double opt-in, sent by the job runner. See docs/decisions/0023-email-alerts.md.

-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'WEEKLY');

-- CreateEnum
CREATE TYPE "AlertDeliveryKind" AS ENUM ('NEW_EVENT', 'CANCELLED');

-- AlterTable: the outbox keeps an email's extra headers (List-Unsubscribe).
ALTER TABLE "OutboxEmail" ADD COLUMN "headers" JSONB;

-- AlterTable: when an event last became published.
ALTER TABLE "Event" ADD COLUMN "publishedAt" TIMESTAMPTZ(3);

-- Events published before alerts existed: told to nobody (no subscription is older).
UPDATE "Event" SET "publishedAt" = "updatedAt" WHERE "status" = 'PUBLISHED';

-- Every write path (an event's form, its status buttons, a series, the seed) sets it
-- alike: an event becomes new to alerts when it turns PUBLISHED, and only then.
-- (The migration runner here splits statements at every semicolon, so the body's own
-- semicolons are written \073 in an escaped string.)
CREATE FUNCTION "event_set_published_at"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."status" = ''PUBLISHED'' AND (TG_OP = ''INSERT'' OR OLD."status" IS DISTINCT FROM ''PUBLISHED'') THEN
    NEW."publishedAt" := now()\073
  END IF\073
  RETURN NEW\073
END\073
';

CREATE TRIGGER "Event_publishedAt"
  BEFORE INSERT OR UPDATE OF "status" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "event_set_published_at"();

-- CreateTable
CREATE TABLE "AlertSubscription" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "zip" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "radiusMiles" INTEGER,
    "departmentId" TEXT,
    "frequency" "AlertFrequency" NOT NULL DEFAULT 'IMMEDIATE',
    "linkNonce" TEXT NOT NULL,
    "manageTokenHash" TEXT NOT NULL,
    "confirmTokenHash" TEXT NOT NULL,
    "confirmExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "confirmRequestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmationSentAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AlertSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "AlertDeliveryKind" NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscription_manageTokenHash_key" ON "AlertSubscription"("manageTokenHash");
CREATE UNIQUE INDEX "AlertSubscription_confirmTokenHash_key" ON "AlertSubscription"("confirmTokenHash");
CREATE INDEX "AlertSubscription_email_idx" ON "AlertSubscription"("email");
CREATE INDEX "AlertSubscription_confirmedAt_frequency_idx" ON "AlertSubscription"("confirmedAt", "frequency");
CREATE INDEX "AlertSubscription_latitude_longitude_idx" ON "AlertSubscription"("latitude", "longitude");
CREATE INDEX "AlertSubscription_departmentId_idx" ON "AlertSubscription"("departmentId");
CREATE INDEX "AlertSubscription_confirmExpiresAt_idx" ON "AlertSubscription"("confirmExpiresAt");
CREATE UNIQUE INDEX "AlertDelivery_subscriptionId_eventId_kind_key" ON "AlertDelivery"("subscriptionId", "eventId", "kind");
CREATE INDEX "AlertDelivery_eventId_kind_idx" ON "AlertDelivery"("eventId", "kind");

-- AddForeignKey
ALTER TABLE "AlertSubscription" ADD CONSTRAINT "AlertSubscription_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AlertSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;
