// Site admins create departments.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import type { DepartmentInput } from "./schemas";
import { departmentFormSelect } from "./select";

/** Refuses a web address name another department already has (`exceptId`: the one being edited). */
export async function assertSlugFree(slug: string, exceptId?: string) {
  const taken = await prisma.department.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== exceptId)
    throw new InputError({ slug: [messageKey("AdminDepartments.error.slugTaken")] }, undefined, 409);
}

/** The form's input as columns: a field left empty is stored as null. */
export function departmentData(input: DepartmentInput) {
  return {
    ...input,
    phone: input.phone ?? null,
    website: input.website ?? null,
    contactUrl: input.contactUrl ?? null,
    about: input.about ?? null,
    aboutEs: input.aboutEs ?? null,
  };
}

export async function createDepartment(user: CurrentUser | null, input: DepartmentInput) {
  const admin = await requireAdmin(user);
  await assertSlugFree(input.slug);
  return prisma.$transaction(async (db) => {
    const department = await db.department.create({
      data: departmentData(input),
      select: departmentFormSelect,
    });
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
