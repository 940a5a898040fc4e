-- Issue 14, item 2: event proposals from people without an account, answered by the
-- chosen department's staff (docs/decisions/0024-event-proposals.md).

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'SPAM');

-- CreateTable
CREATE TABLE "EventProposal" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "venueId" TEXT,
    "placeName" TEXT,
    "streetAddress" TEXT,
    "city" TEXT,
    "state" CHAR(2),
    "postalCode" TEXT,
    "suggestedDates" TEXT[],
    "proposerName" TEXT,
    "note" TEXT NOT NULL,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "holdReason" TEXT,
    "senderHash" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "declineReason" TEXT,
    "eventId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "notifiedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EventProposal_idempotencyKey_key" ON "EventProposal"("idempotencyKey");

-- CreateIndex
CREATE INDEX "EventProposal_departmentId_status_createdAt_idx" ON "EventProposal"("departmentId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "EventProposal_status_decidedAt_idx" ON "EventProposal"("status", "decidedAt");

-- AddForeignKey
ALTER TABLE "EventProposal" ADD CONSTRAINT "EventProposal_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventProposal" ADD CONSTRAINT "EventProposal_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;
