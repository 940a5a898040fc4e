// Who hosts an event after a write. Staff may invite any department to co-host; the
// invitation counts (in public, and for editing) once that department's staff accept.
// Staff may remove departments they are staff of and withdraw pending invitations, but
// never remove another department that accepted: nobody takes another department's event.
import "server-only";
import { prisma } from "@/lib/db/client";
import { HostState } from "@/lib/generated/prisma/enums";
import { InputError } from "@/lib/actions/input-error";
import { hasDepartmentRole, type CurrentUser } from "@/lib/auth/guards";

export type HostRef = { departmentId: string; state: HostState };

export async function assertDepartmentsExist(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await prisma.department.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw new InputError({ coHostIds: ["Choose co-hosts from the list."] });
}

/** Hosts for a new event: the lead first, then co-hosts in the order given. */
export function hostsForNewEvent(leadDepartmentId: string, coHostIds: string[]): string[] {
  return [...new Set([leadDepartmentId, ...coHostIds])];
}

/**
 * Whoever could accept the invitation adds the department as an accepted host at once
 * (staff of that department, site admins); anyone else only invites it.
 */
export function acceptedAtOnce(user: CurrentUser, departmentIds: string[]): string[] {
  return departmentIds.filter((id) => hasDepartmentRole(user, id, "STAFF"));
}

/** Hosts after an edit: accepted hosts the user may not remove stay, whatever was sent. */
export function hostsAfterEdit(user: CurrentUser, current: HostRef[], submitted: string[]): string[] {
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
      coHostIds: ["Keep at least one hosting department that has accepted: invitations alone do not host."],
    });
  }
  return hosts;
}

/** Host rows with increasing createdAt, so pages list the lead host first. */
export function hostRows(departmentIds: string[], acceptedIds: readonly string[], base = new Date()) {
  return departmentIds.map((departmentId, index) => ({
    departmentId,
    state: acceptedIds.includes(departmentId) ? HostState.ACCEPTED : HostState.INVITED,
    respondedAt: null,
    createdAt: new Date(base.getTime() + index),
  }));
}

/** The department that owns a venue created from an event form: the first host the user is staff of. */
export function venueOwnerFor(user: CurrentUser, hostIds: string[]): string | null {
  return hostIds.find((id) => hasDepartmentRole(user, id, "STAFF")) ?? hostIds[0] ?? null;
}
