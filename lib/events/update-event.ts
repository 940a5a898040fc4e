// Staff of any hosting department edit an event. Its status is changed only by the
// publish, unpublish and cancel actions (and "Save and publish" on a draft).
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requireEventRole, type CurrentUser } from "@/lib/auth/guards";
import { createVenueFromInput } from "@/lib/venues/actions-create";
import type { UpdateEventInput } from "./schemas";
import { eventInstants } from "./admin-times";
import {
  acceptedAtOnce,
  assertDepartmentsExist,
  hostRows,
  hostsAfterEdit,
  venueOwnerFor,
} from "./admin-hosts";
import { venueZone } from "./admin-create";
import { auditFields, eventSnapshotSelect, loadSnapshot, type EventSnapshot } from "./admin-snapshot";

export type EventChange = { before: EventSnapshot; after: EventSnapshot };

export async function updateEvent(user: CurrentUser | null, input: UpdateEventInput): Promise<EventChange> {
  const actor = await requireEventRole(input.eventId, "STAFF", user);
  const before = await loadSnapshot(prisma, input.eventId);
  if (!before) throw new Error(`Event ${input.eventId} vanished after its guard`);
  const currentHosts = before.hosts.map((h) => h.departmentId);
  // The form lists every host, the lead included, as co-host checkboxes.
  const hosts = hostsAfterEdit(actor, before.hosts, input.coHostIds);
  await assertDepartmentsExist(hosts);
  const zone = input.newVenue ? input.newVenue.timeZone : await venueZone(input.venueId);
  const { startsAt, endsAt } = eventInstants(input, zone, { mustBeUpcoming: false });
  const status = before.status === "DRAFT" && input.intent === "publish" ? "PUBLISHED" : before.status;

  return prisma.$transaction(async (db) => {
    const venueId = input.newVenue
      ? (await createVenueFromInput(db, input.newVenue, venueOwnerFor(actor, hosts))).id
      : input.venueId;
    const removed = currentHosts.filter((id) => !hosts.includes(id));
    const added = hosts.filter((id) => !currentHosts.includes(id));
    await db.eventHost.deleteMany({ where: { eventId: before.id, departmentId: { in: removed } } });
    await db.eventHost.createMany({
      data: hostRows(added, acceptedAtOnce(actor, added)).map((row) => ({ ...row, eventId: before.id })),
    });
    const after = await db.event.update({
      where: { id: before.id },
      data: {
        title: input.title,
        description: input.description,
        format: input.format,
        startsAt,
        endsAt,
        timeZone: zone,
        status,
        noHost: input.noHost,
        languages: input.languages,
        accessibilityNotes: input.accessibilityNotes ?? null,
        venueId,
        // An occurrence of a series edited here keeps its changes when the series changes.
        editedByHand: before.seriesId ? true : before.editedByHand,
      },
      select: eventSnapshotSelect,
    });
    await recordAudit(db, {
      actorId: actor.id,
      action: "event.updated",
      entityType: "Event",
      entityId: before.id,
      departmentId: hosts[0],
      before: auditFields(before),
      after: auditFields(after),
    });
    return { before, after };
  });
}
