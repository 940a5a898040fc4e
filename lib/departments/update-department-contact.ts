// A department's own staff keep its contact details and description current: the phone
// line, website and contact page residents are sent to (the department page and the
// site's contact page), and the "about" text in both languages. Everything else about a
// department (its name, address, verified domains) stays with site admins.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { InputError } from "@/lib/actions/input-error";
import { recordAudit } from "@/lib/audit/record";
import { requireDepartmentRole, type CurrentUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/client";
import type { DepartmentContactInput } from "./schemas";

const contactSelect = {
  slug: true,
  phone: true,
  website: true,
  contactUrl: true,
  about: true,
  aboutEs: true,
} as const;

export async function updateDepartmentContact(user: CurrentUser | null, input: DepartmentContactInput) {
  const { departmentId, ...fields } = input;
  const actor = await requireDepartmentRole(departmentId, "STAFF", user);
  return prisma.$transaction(async (db) => {
    const before = await db.department.findUnique({ where: { id: departmentId }, select: contactSelect });
    if (!before) throw new InputError({}, messageKey("AdminDepartments.error.departmentGone"));
    const after = await db.department.update({
      where: { id: departmentId },
      data: {
        phone: fields.phone ?? null,
        website: fields.website ?? null,
        contactUrl: fields.contactUrl ?? null,
        about: fields.about ?? null,
        aboutEs: fields.aboutEs ?? null,
      },
      select: contactSelect,
    });
    await recordAudit(db, {
      actorId: actor.id,
      action: "department.contactUpdated",
      entityType: "Department",
      entityId: departmentId,
      departmentId,
      before,
      after,
    });
    return after;
  });
}
