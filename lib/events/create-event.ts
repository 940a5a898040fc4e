// Staff create an event for a department they are staff of, at an existing or new venue,
// inviting other departments to co-host.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { requireDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import type { CreateEventInput } from "./schemas";
import {
  auditFields,
  checkedPlaceAndTimes,
  eventFormColumns,
  eventSnapshotSelect,
  hostRowsBy,
  hostsForNewEvent,
  uniqueEventSlug,
  type EventSnapshot,
} from "./event-writes";

/** More to write in the event's transaction, e.g. marking the proposal it comes from accepted. */
export type AlsoInTransaction = (db: Prisma.TransactionClient, event: EventSnapshot) => Promise<void>;

export async function createEvent(
  user: CurrentUser | null,
  input: CreateEventInput,
  alsoInTransaction?: AlsoInTransaction,
): Promise<EventSnapshot> {
  const actor = await requireDepartmentRole(input.leadDepartmentId, "STAFF", user);
  const hosts = hostsForNewEvent(input.leadDepartmentId, input.coHostIds);
  const { zone, startsAt, endsAt, existingVenueId } = await checkedPlaceAndTimes(input, hosts, true);
  const slug = await uniqueEventSlug(input.title, input.date);

  return prisma.$transaction(async (db) => {
    const event = await db.event.create({
      data: {
        slug,
        // A venue typed here belongs to the department posting the event.
        ...(await eventFormColumns(
          db,
          input,
          { startsAt, endsAt, zone, existingVenueId },
          input.leadDepartmentId,
        )),
        status: input.intent === "publish" ? "PUBLISHED" : "DRAFT",
        // The lead hosts at once; other departments are invited until their staff accept.
        hosts: { createMany: { data: hostRowsBy(actor, hosts, input.leadDepartmentId) } },
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
    await alsoInTransaction?.(db, event);
    return event;
  });
}
