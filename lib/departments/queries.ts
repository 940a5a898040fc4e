import "server-only";
import { prisma } from "@/lib/db/client";
import { cachedFor } from "@/lib/cache/cached-for";
import { DEPARTMENT_DIRECTORY_TAG, departmentTag } from "./cache";
import { parseSlugParam } from "@/lib/http/slug-param";
import type { Prisma } from "@/lib/generated/prisma/client";
import { US_STATE_NAMES } from "@/lib/geo/us-states";

const departmentSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  city: true,
  state: true,
  timeZone: true,
  website: true,
  phone: true,
  about: true,
} satisfies Prisma.DepartmentSelect;

export type DepartmentProfile = Prisma.DepartmentGetPayload<{ select: typeof departmentSelect }>;

/** A department by the slug in a URL; null for unknown and malformed slugs alike (a 404). */
export async function findDepartment(slugParam: string): Promise<DepartmentProfile | null> {
  "use cache";
  const slug = parseSlugParam(slugParam);
  cachedFor("profiles", departmentTag(slug ?? "-"));
  if (!slug) return null;
  return prisma.department.findUnique({ where: { slug }, select: departmentSelect });
}

export type StateGroup = { state: string; stateName: string; departments: DepartmentProfile[] };

/** The directory: states in alphabetical order of their names, departments by name. */
export async function listDepartmentsByState(): Promise<StateGroup[]> {
  "use cache";
  cachedFor("profiles", DEPARTMENT_DIRECTORY_TAG);
  const departments = await prisma.department.findMany({
    select: departmentSelect,
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
