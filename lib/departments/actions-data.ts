// Site admins create and edit departments.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import type { DepartmentInput } from "./schemas";

const departmentFields = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  city: true,
  state: true,
  timeZone: true,
  phone: true,
  website: true,
  about: true,
  verifiedDomains: true,
} as const;

async function assertSlugFree(slug: string, exceptId?: string) {
  const taken = await prisma.department.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== exceptId)
    throw new InputError({ slug: ["Another department uses this web address name."] }, undefined, 409);
}

function data(input: DepartmentInput) {
  return { ...input, phone: input.phone ?? null, website: input.website ?? null, about: input.about ?? null };
}

export async function createDepartment(user: CurrentUser | null, input: DepartmentInput) {
  const admin = await requireAdmin(user);
  await assertSlugFree(input.slug);
  return prisma.$transaction(async (db) => {
    const department = await db.department.create({ data: data(input), select: departmentFields });
    await recordAudit(db, {
      actorId: admin.id,
      action: "department.created",
      entityType: "Department",
      entityId: department.id,
      departmentId: department.id,
      after: department,
    });
    return department;
  });
}

export async function updateDepartment(
  user: CurrentUser | null,
  input: DepartmentInput & { departmentId: string },
) {
  const admin = await requireAdmin(user);
  const { departmentId, ...fields } = input;
  await assertSlugFree(fields.slug, departmentId);
  return prisma.$transaction(async (db) => {
    const before = await db.department.findUnique({ where: { id: departmentId }, select: departmentFields });
    if (!before) throw new InputError({}, "That department no longer exists.");
    const after = await db.department.update({
      where: { id: departmentId },
      data: data(fields),
      select: departmentFields,
    });
    await recordAudit(db, {
      actorId: admin.id,
      action: "department.updated",
      entityType: "Department",
      entityId: departmentId,
      departmentId,
      before,
      after,
    });
    return { before, after };
  });
}

export async function getDepartmentForEditing(user: CurrentUser | null, departmentId: string) {
  await requireAdmin(user);
  return prisma.department.findUnique({ where: { id: departmentId }, select: departmentFields });
}

export async function listDepartmentsForAdmin(user: CurrentUser | null) {
  await requireAdmin(user);
  return prisma.department.findMany({
    select: {
      id: true,
      name: true,
      city: true,
      state: true,
      slug: true,
      verifiedDomains: true,
      _count: { select: { memberships: true } },
    },
    orderBy: [{ state: "asc" }, { name: "asc" }],
  });
}
