-- Issue 11, constant-cost public reads. The approved-comment counts of a page of events
-- use the existing Comment (eventId, status, createdAt) index, so the count needs no new
-- index. The search form lists every department by name: read them in that order
-- through an index rather than scanning and sorting the table.
CREATE INDEX "Department_name_idx" ON "Department"("name");
