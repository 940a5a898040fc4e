// Site admins edit departments. The name, address and slug show on the department's own
// pages and on every event it hosts, so the edit answers with those events too.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { InputError } from "@/lib/actions/input-error";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import type { DepartmentInput } from "./schemas";
import { departmentFormSelect, hostedEventSelect } from "./select";
import { assertSlugFree, departmentData } from "./create-department";

export async function updateDepartment(
  user: CurrentUser | null,
  input: DepartmentInput & { departmentId: string },
) {
  const admin = await requireAdmin(user);
  const { departmentId, ...fields } = input;
  await assertSlugFree(fields.slug, departmentId);
  return prisma.$transaction(async (db) => {
    const before = await db.department.findUnique({
      where: { id: departmentId },
      select: departmentFormSelect,
    });
    if (!before) throw new InputError({}, messageKey("AdminDepartments.error.departmentGone"));
    const after = await db.department.update({
      where: { id: departmentId },
      data: departmentData(fields),
      select: departmentFormSelect,
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
    const hostedEvents = await db.event.findMany({
      where: { hosts: { some: { departmentId } } },
      select: hostedEventSelect,
    });
    return { before, after, hostedEvents };
  });
}
