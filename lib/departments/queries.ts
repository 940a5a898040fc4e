// Every read of departments: the public directory and pages, and the admin's lists and form.
import "server-only";
import { prisma } from "@/lib/db/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { DEPARTMENT_DIRECTORY_TAG, departmentStaffTag, departmentTag } from "./cache";
import { parseSlugParam } from "@/lib/http/slug-param";
import { US_STATE_NAMES } from "@/lib/geo/us-states";
import {
  departmentIdsWithRole,
  requireAdmin,
  requireDepartmentRole,
  requireStaff,
  type CurrentUser,
} from "@/lib/auth/guards";
import {
  departmentFormSelect,
  departmentListSelect,
  departmentProfileSelect,
  type DepartmentProfile,
} from "./select";
import { staffDomainsVerified } from "./verification";
import { objectStorage, type StoredObject } from "@/lib/storage";
import { logoKey, parseLogoFileName } from "./limits";

/** A department by the slug in a URL; null for unknown and malformed slugs alike (a 404). */
export async function findDepartment(slugParam: string): Promise<DepartmentProfile | null> {
  "use cache";
  const slug = parseSlugParam(slugParam);
  cachedFor("profiles", departmentTag(slug ?? "-"));
  if (!slug) return null;
  return prisma.department.findUnique({ where: { slug }, select: departmentProfileSelect });
}

export type StateGroup = { state: string; stateName: string; departments: DepartmentProfile[] };

/** The directory: states in alphabetical order of their names, departments by name. */
export async function listDepartmentsByState(): Promise<StateGroup[]> {
  "use cache";
  cachedFor("profiles", DEPARTMENT_DIRECTORY_TAG);
  const departments = await prisma.department.findMany({
    select: departmentProfileSelect,
    orderBy: [{ state: "asc" }, { name: "asc" }],
  });
  const groups = new Map<string, DepartmentProfile[]>();
  for (const department of departments) {
    groups.set(department.state, [...(groups.get(department.state) ?? []), department]);
  }
  return [...groups.entries()]
    .map(([state, list]) => ({ state, stateName: US_STATE_NAMES[state] ?? state, departments: list }))
    .sort((a, b) => a.stateName.localeCompare(b.stateName));
}

/** Site admins: a department with every field of its form; null when it does not exist. */
export async function getDepartmentForEditing(user: CurrentUser | null, departmentId: string) {
  await requireAdmin(user);
  return prisma.department.findUnique({ where: { id: departmentId }, select: departmentFormSelect });
}

/** Site admins: every department, with how many people hold a role in it. */
export async function listDepartmentsForAdmin(user: CurrentUser | null) {
  await requireAdmin(user);
  return prisma.department.findMany({
    select: departmentListSelect,
    orderBy: [{ state: "asc" }, { name: "asc" }],
  });
}

/** The choices of a department picker, e.g. "East Hartford Police Department (CT)". */
export async function listDepartmentOptions() {
  const departments = await prisma.department.findMany({
    select: { id: true, name: true, state: true },
    orderBy: [{ state: "asc" }, { name: "asc" }],
  });
  return departments.map((d) => ({ value: d.id, label: `${d.name} (${d.state})` }));
}

/** Whether the department shows the "verified department" mark (see verification.ts). */
export async function isVerifiedDepartment({ id, slug }: { id: string; slug: string }): Promise<boolean> {
  "use cache";
  // Dropped by an edit of the department (its domains) and by a change to its staff.
  cachedFor("profiles", departmentTag(slug), departmentStaffTag(id));
  const department = await prisma.department.findUnique({
    where: { id },
    select: {
      verifiedDomains: true,
      memberships: {
        where: { role: "STAFF", user: { deactivatedAt: null } },
        select: { user: { select: { email: true } } },
      },
    },
  });
  if (!department) return false;
  return staffDomainsVerified(
    department.verifiedDomains,
    department.memberships.map((membership) => membership.user.email),
  );
}

/** Staff of the department and site admins: what the logo page shows; null when it does not exist. */
export async function getDepartmentForLogo(user: CurrentUser | null, departmentId: string) {
  await requireDepartmentRole(departmentId, "STAFF", user);
  return prisma.department.findUnique({
    where: { id: departmentId },
    select: { id: true, slug: true, name: true, logoHash: true },
  });
}

/** Staff of the department and site admins: its contact details and description; null when it does not exist. */
export async function getDepartmentForContact(user: CurrentUser | null, departmentId: string) {
  await requireDepartmentRole(departmentId, "STAFF", user);
  return prisma.department.findUnique({
    where: { id: departmentId },
    select: {
      id: true,
      slug: true,
      name: true,
      phone: true,
      website: true,
      contactUrl: true,
      about: true,
      aboutEs: true,
    },
  });
}

/** Staff: the departments whose logo they may change (site admins use listDepartmentsForAdmin). */
export async function listDepartmentsForStaff(user: CurrentUser | null) {
  const staff = await requireStaff(user);
  return prisma.department.findMany({
    where: { id: { in: departmentIdsWithRole(staff, "STAFF") } },
    select: departmentListSelect,
    orderBy: [{ state: "asc" }, { name: "asc" }],
  });
}

/** A stored logo rendition by its file name in /logos/<name>; null for names the site never made. */
export async function readLogoFile(name: string): Promise<StoredObject | null> {
  const parsed = parseLogoFileName(name);
  if (!parsed) return null;
  return objectStorage().get(logoKey(parsed.logoHash, parsed.storedSize));
}
