-- Upcoming and past lists read events in (startsAt, id) order from a bound near now.
CREATE INDEX "Event_startsAt_id_idx" ON "Event"("startsAt", "id");
