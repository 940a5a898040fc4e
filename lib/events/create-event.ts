// Staff create an event for a department they are staff of, at an existing or new venue,
// inviting other departments to co-host.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requireDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import { createVenueFromInput } from "@/lib/venues/create-venue";
import { venueZone } from "@/lib/venues/queries";
import type { CreateEventInput } from "./schemas";
import { eventInstants } from "./times";
import {
  acceptedAtOnce,
  assertDepartmentsExist,
  auditFields,
  eventFormColumns,
  eventSnapshotSelect,
  hostRows,
  hostsForNewEvent,
  uniqueEventSlug,
  type EventSnapshot,
} from "./event-writes";

export async function createEvent(user: CurrentUser | null, input: CreateEventInput): Promise<EventSnapshot> {
  const actor = await requireDepartmentRole(input.leadDepartmentId, "STAFF", user);
  const hosts = hostsForNewEvent(input.leadDepartmentId, input.coHostIds);
  await assertDepartmentsExist(hosts);
  const zone = input.newVenue ? input.newVenue.timeZone : await venueZone(input.venueId);
  const { startsAt, endsAt } = eventInstants(input, zone, { mustBeUpcoming: true });
  const slug = await uniqueEventSlug(input.title, input.date);

  return prisma.$transaction(async (db) => {
    // A venue typed here belongs to the department posting the event.
    const venueId = input.newVenue
      ? (await createVenueFromInput(db, input.newVenue, input.leadDepartmentId)).id
      : input.venueId;
    const event = await db.event.create({
      data: {
        slug,
        ...eventFormColumns(input, { startsAt, endsAt, zone, venueId }),
        status: input.intent === "publish" ? "PUBLISHED" : "DRAFT",
        // The lead hosts at once; other departments are invited until their staff accept.
        hosts: {
          createMany: {
            data: hostRows(
              hosts,
              [input.leadDepartmentId, ...acceptedAtOnce(actor, hosts)],
              input.leadDepartmentId,
            ),
          },
        },
      },
      select: eventSnapshotSelect,
    });
    await recordAudit(db, {
      actorId: actor.id,
      action: input.intent === "publish" ? "event.created_and_published" : "event.created",
      entityType: "Event",
      entityId: event.id,
      departmentId: input.leadDepartmentId,
      after: auditFields(event),
    });
    return event;
  });
}
