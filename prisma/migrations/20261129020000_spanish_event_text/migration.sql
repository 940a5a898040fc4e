-- Optional Spanish text for an event and a department's description (issue 13)
ALTER TABLE "Event" ADD COLUMN "titleEs" TEXT,
ADD COLUMN "descriptionEs" TEXT;

ALTER TABLE "Department" ADD COLUMN "aboutEs" TEXT;
