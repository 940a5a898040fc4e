// Whose figures a person may see: staff their departments, site admins every one. A
// department outside that is refused (403, logged) like any other unauthorised read.
import "server-only";
import { prisma } from "@/lib/db/client";
import { departmentIdsWithRole, refuse, requireStaff, type CurrentUser } from "@/lib/auth/guards";

export type ReportDepartment = { id: string; slug: string; name: string };

export type ReportScope = {
  /** The departments the person may choose from. */
  departments: ReportDepartment[];
  /** The one chosen, or null for all of those. */
  chosen: ReportDepartment | null;
  /** The departments whose events count; null: every event (a site admin's "all"). */
  departmentIds: string[] | null;
};

export async function reportScope(user: CurrentUser | null, departmentSlug: string): Promise<ReportScope> {
  const actor = await requireStaff(user);
  const departments = await prisma.department.findMany({
    where: actor.isSiteAdmin ? {} : { id: { in: departmentIdsWithRole(actor, "STAFF") } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
  if (!departmentSlug) {
    return {
      departments,
      chosen: null,
      departmentIds: actor.isSiteAdmin ? null : departments.map((d) => d.id),
    };
  }
  const chosen = departments.find((d) => d.slug === departmentSlug);
  if (!chosen) refuse(actor, `report of department ${departmentSlug}`);
  return { departments, chosen, departmentIds: [chosen.id] };
}
