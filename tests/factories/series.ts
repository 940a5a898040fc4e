import type { EventSeries } from "../../lib/generated/prisma/client";
import type { Db } from "./db";

export type CreateSeriesOptions = {
  department: { id: string };
  venue: { id: string; timeZone: string };
  title?: string;
  rrule?: string;
};

/** A series row (8:00, one hour, in the venue's zone); its dates are made with createEvent. */
export function createSeries(
  db: Db,
  { department, venue, title = "Monthly", rrule = "FREQ=MONTHLY;BYDAY=+1WE" }: CreateSeriesOptions,
): Promise<EventSeries> {
  return db.eventSeries.create({
    data: {
      title,
      rrule,
      startTime: "08:00",
      durationMin: 60,
      timeZone: venue.timeZone,
      departmentId: department.id,
      venueId: venue.id,
    },
  });
}
