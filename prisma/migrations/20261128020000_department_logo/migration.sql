-- A department's logo or seal: the content hash naming its stored images (null: none).
ALTER TABLE "Department" ADD COLUMN "logoHash" TEXT;
