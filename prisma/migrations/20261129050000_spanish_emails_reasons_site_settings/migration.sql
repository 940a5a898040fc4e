-- Issue 13: emails in the recipients language, reasons stored as codes, and the
-- trust pages operator details editable by site admins.

-- The language a resident wrote in (emails about their question go out in it), and the
-- language a staff member reads the emails of the site in.
ALTER TABLE "Comment" ADD COLUMN "authorLocale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "User" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';

-- Why a comment was held, as a code and its values (lib/comments/reasons.ts). The English
-- text stays as the audit log recorded it, rows from before are given their code when
-- their text is one the site wrote, and keep none (shown as written) otherwise.
ALTER TABLE "Comment" ADD COLUMN "holdReasonCode" TEXT,
ADD COLUMN "holdReasonValues" JSONB;

UPDATE "Comment" SET "holdReasonCode" = 'honeypot'
WHERE "holdReason" LIKE 'Honeypot:%';

UPDATE "Comment" SET "holdReasonCode" = 'time-token'
WHERE "holdReason" = 'Time trap: the form''s timing token was missing or altered';

UPDATE "Comment" SET "holdReasonCode" = 'time-trap',
  "holdReasonValues" = jsonb_build_object(
    'seconds', substring("holdReason" FROM '^Time trap: sent ([0-9.]+) s'),
    'minimum', substring("holdReason" FROM '\(minimum ([0-9]+) s\)$'))
WHERE "holdReason" ~ '^Time trap: sent [0-9.]+ s after the form was shown \(minimum [0-9]+ s\)$';

UPDATE "Comment" SET "holdReasonCode" = 'links',
  "holdReasonValues" = jsonb_build_object(
    'links', substring("holdReason" FROM '^Too many links: ([0-9]+)'),
    'max', substring("holdReason" FROM '\(more than ([0-9]+)\)$'))
WHERE "holdReason" ~ '^Too many links: [0-9]+ \(more than [0-9]+\)$';

UPDATE "Comment" SET "holdReasonCode" = 'held-word',
  "holdReasonValues" = jsonb_build_object('word', substring("holdReason" FROM '^Held word: “(.*)”$'))
WHERE "holdReason" ~ '^Held word: “.*”$';

UPDATE "Comment" SET "holdReasonCode" = 'reports',
  "holdReasonValues" = jsonb_build_object('count', substring("holdReason" FROM '^Hidden after ([0-9]+) reports'))
WHERE "holdReason" ~ '^Hidden after [0-9]+ reports from residents$';

-- A reports reason as its code, and the words of the resident apart.
ALTER TABLE "CommentReport" ADD COLUMN "reasonCode" TEXT,
ADD COLUMN "details" TEXT;

UPDATE "CommentReport" r SET "reasonCode" = known.code,
  "details" = NULLIF(substring(r."reason" FROM length(known.label) + 3), '')
FROM (VALUES
  ('ABUSIVE', 'Abusive, hateful or threatening'),
  ('PERSONAL_INFO', 'Shares someone''s personal information'),
  ('SPAM', 'Spam or advertising'),
  ('OFF_TOPIC', 'Off topic'),
  ('OTHER', 'Something else')
) AS known(code, label)
WHERE r."reason" = known.label OR r."reason" LIKE known.label || ': %';

-- The own contact page of a department, listed on the contact page.
ALTER TABLE "Department" ADD COLUMN "contactUrl" TEXT;

-- The operator details of the site, one row, empty fields fall back to the environment.
CREATE TABLE "SiteSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "operatorName" TEXT,
    "contactEmail" TEXT,
    "accessibilityEmail" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "SiteSettings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SiteSettings_one_row" CHECK ("id" = 1)
);
