// Reading the audit log: site admins see everything; staff see their departments' entries.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { departmentIdsWithRole, refuse, requireUser, type CurrentUser } from "@/lib/auth/guards";
import { acceptedHost } from "@/lib/events/select";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Entries filed under the departments, and those about events they host: an entry is
 * filed under an event's first host, and its co-hosts' staff must see it too (once they
 * accepted; an invited department sees the entries filed under it, such as its answer).
 */
async function aboutDepartments(departmentIds: string[]): Promise<Prisma.AuditLogWhereInput> {
  if (departmentIds.length === 0) return { id: { in: [] } };
  const hosted = await prisma.eventHost.findMany({
    where: { departmentId: { in: departmentIds }, ...acceptedHost },
    select: { eventId: true },
  });
  return {
    OR: [
      { departmentId: { in: departmentIds } },
      { entityType: "Event", entityId: { in: hosted.map((h) => h.eventId) } },
    ],
  };
}

/** The reason a person gave for the change (e.g. rejecting a comment), when the entry records one. */
function reasonOf(after: Prisma.JsonValue): string | null {
  if (!after || typeof after !== "object" || Array.isArray(after)) return null;
  const reason = after.reason;
  return typeof reason === "string" && reason.length > 0 ? reason : null;
}

export async function listAuditEntries(
  user: CurrentUser | null,
  options: { page?: number; departmentId?: string } = {},
) {
  const actor = await requireUser(user);
  const staffOf = departmentIdsWithRole(actor, "STAFF");
  if (!actor.isSiteAdmin && staffOf.length === 0) refuse(actor, "audit log");
  const scope = actor.isSiteAdmin ? undefined : staffOf;
  const departmentIds = options.departmentId
    ? scope && !scope.includes(options.departmentId)
      ? []
      : [options.departmentId]
    : scope;
  const where: Prisma.AuditLogWhereInput = departmentIds ? await aboutDepartments(departmentIds) : {};
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const [entries, total] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
        departmentId: true,
      },
    }),
    prisma.auditLog.count({ where }),
  ]);
  const departments = await prisma.department.findMany({
    where: {
      id: { in: [...new Set(entries.map((e) => e.departmentId).filter((id): id is string => Boolean(id)))] },
    },
    select: { id: true, name: true },
  });
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return {
    scope: actor.isSiteAdmin ? ("all" as const) : ("departments" as const),
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries: entries.map((e) => ({
      ...e,
      departmentName: e.departmentId ? (names.get(e.departmentId) ?? null) : null,
      reason: reasonOf(e.after),
    })),
  };
}

export type AuditEntryView = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];
