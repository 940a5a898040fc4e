// Staff of any hosting department edit an event. Its status is changed only by the
// publish, unpublish and cancel actions (and "Save and publish" on a draft).
import "server-only";
import { prisma } from "@/lib/db/client";
import type { HostState } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { hasDepartmentRole, requireEventRole, type CurrentUser } from "@/lib/auth/guards";
import type { UpdateEventInput } from "./schemas";
import {
  acceptedAtOnce,
  auditFields,
  checkedPlaceAndTimes,
  eventFormColumns,
  eventSnapshotSelect,
  hostRowsBy,
  loadSnapshot,
  type EventSnapshot,
} from "./event-writes";

type HostRef = { departmentId: string; state: HostState };

/**
 * Hosts after an edit. Staff may remove departments they are staff of and withdraw
 * pending invitations, but never remove another department that accepted: nobody takes
 * another department's event. Accepted hosts the user may not remove stay, whatever was sent.
 */
function hostsAfterEdit(user: CurrentUser, current: HostRef[], submitted: string[]): string[] {
  const currentIds = current.map((h) => h.departmentId);
  const protectedHosts = current
    .filter((h) => h.state === "ACCEPTED" && !hasDepartmentRole(user, h.departmentId, "STAFF"))
    .map((h) => h.departmentId);
  const kept = currentIds.filter((id) => protectedHosts.includes(id) || submitted.includes(id));
  const added = submitted.filter((id) => !currentIds.includes(id));
  const hosts = [...new Set([...kept, ...added])];
  const accepted = [
    ...current
      .filter((h) => h.state === "ACCEPTED" && kept.includes(h.departmentId))
      .map((h) => h.departmentId),
    ...acceptedAtOnce(user, added),
  ];
  if (accepted.length === 0) {
    throw new InputError({
      coHostIds: [messageKey("AdminEvents.errors.keepAcceptedHost")],
    });
  }
  return hosts;
}

/** The department that owns a venue created from an event form: the first host the user is staff of. */
function venueOwnerFor(user: CurrentUser, hostIds: string[]): string | null {
  return hostIds.find((id) => hasDepartmentRole(user, id, "STAFF")) ?? hostIds[0] ?? null;
}

export type EventChange = { before: EventSnapshot; after: EventSnapshot };

export async function updateEvent(user: CurrentUser | null, input: UpdateEventInput): Promise<EventChange> {
  const actor = await requireEventRole(input.eventId, "STAFF", user);
  const before = await loadSnapshot(prisma, input.eventId);
  if (!before) throw new Error(`Event ${input.eventId} vanished after its guard`);
  const currentHosts = before.hosts.map((h) => h.departmentId);
  // The form lists every host, the lead included, as co-host checkboxes.
  const hosts = hostsAfterEdit(actor, before.hosts, input.coHostIds);
  const { zone, startsAt, endsAt, existingVenueId } = await checkedPlaceAndTimes(input, hosts, false);
  const status = before.status === "DRAFT" && input.intent === "publish" ? "PUBLISHED" : before.status;

  return prisma.$transaction(async (db) => {
    const removed = currentHosts.filter((id) => !hosts.includes(id));
    const added = hosts.filter((id) => !currentHosts.includes(id));
    await db.eventHost.deleteMany({ where: { eventId: before.id, departmentId: { in: removed } } });
    await db.eventHost.createMany({
      data: hostRowsBy(actor, added).map((row) => ({ ...row, eventId: before.id })),
    });
    // When the lead is removed, the host listed first after it leads.
    const lead = before.hosts.find((h) => h.isLead)?.departmentId;
    if ((!lead || !hosts.includes(lead)) && hosts[0]) {
      await db.eventHost.update({
        where: { eventId_departmentId: { eventId: before.id, departmentId: hosts[0] } },
        data: { isLead: true },
      });
    }
    const after = await db.event.update({
      where: { id: before.id },
      data: {
        ...(await eventFormColumns(
          db,
          input,
          { startsAt, endsAt, zone, existingVenueId },
          venueOwnerFor(actor, hosts),
        )),
        status,
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
