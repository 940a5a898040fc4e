// Who hosts an event after a write. Staff may add any department as a co-host, but may
// only remove departments they are staff of: nobody takes another department's event.
import "server-only";
import { prisma } from "@/lib/db/client";
import { InputError } from "@/lib/actions/input-error";
import { hasDepartmentRole, type CurrentUser } from "@/lib/auth/guards";

export async function assertDepartmentsExist(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await prisma.department.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw new InputError({ coHostIds: ["Choose co-hosts from the list."] });
}

/** Hosts for a new event: the lead first, then co-hosts in the order given. */
export function hostsForNewEvent(leadDepartmentId: string, coHostIds: string[]): string[] {
  return [...new Set([leadDepartmentId, ...coHostIds])];
}

/** Hosts after an edit: current hosts the user may not remove stay, whatever was sent. */
export function hostsAfterEdit(user: CurrentUser, current: string[], submitted: string[]): string[] {
  const protectedHosts = current.filter((id) => !hasDepartmentRole(user, id, "STAFF"));
  const kept = current.filter((id) => protectedHosts.includes(id) || submitted.includes(id));
  const added = submitted.filter((id) => !current.includes(id));
  const hosts = [...new Set([...kept, ...added])];
  if (hosts.length === 0) throw new InputError({ coHostIds: ["Keep at least one hosting department."] });
  return hosts;
}

/** Host rows with increasing createdAt, so pages list the lead host first. */
export function hostRows(departmentIds: string[], base = new Date()) {
  return departmentIds.map((departmentId, index) => ({
    departmentId,
    createdAt: new Date(base.getTime() + index),
  }));
}
