-- Issue 15, recaps and follow-ups: what a department heard at an event and what it
-- promised to look into, with dated public notes and the residents' questions answered.

-- CreateEnum
CREATE TYPE "FollowUpState" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE');

-- CreateTable
CREATE TABLE "EventRecap" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "attendance" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventRecap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "recapId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "state" "FollowUpState" NOT NULL DEFAULT 'OPEN',
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpNote" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "state" "FollowUpState" NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpQuestion" (
    "followUpId" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "notifiedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpQuestion_pkey" PRIMARY KEY ("followUpId","commentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "EventRecap_eventId_key" ON "EventRecap"("eventId");

-- CreateIndex
CREATE INDEX "EventRecap_publishedAt_idx" ON "EventRecap"("publishedAt");

-- CreateIndex
CREATE INDEX "FollowUp_recapId_createdAt_idx" ON "FollowUp"("recapId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowUp_state_updatedAt_idx" ON "FollowUp"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "FollowUpNote_followUpId_createdAt_idx" ON "FollowUpNote"("followUpId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowUpQuestion_commentId_idx" ON "FollowUpQuestion"("commentId");

-- CreateIndex
CREATE INDEX "FollowUpQuestion_notifiedAt_idx" ON "FollowUpQuestion"("notifiedAt");

-- AddForeignKey
ALTER TABLE "EventRecap" ADD CONSTRAINT "EventRecap_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_recapId_fkey" FOREIGN KEY ("recapId") REFERENCES "EventRecap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpNote" ADD CONSTRAINT "FollowUpNote_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpQuestion" ADD CONSTRAINT "FollowUpQuestion_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpQuestion" ADD CONSTRAINT "FollowUpQuestion_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
