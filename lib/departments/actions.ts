"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { DepartmentSchema, UpdateDepartmentSchema } from "./schemas";
import { createDepartment, updateDepartment } from "./actions-data";

function refreshPublic(...slugs: string[]) {
  revalidatePath("/departments");
  for (const slug of slugs) revalidatePath(`/departments/${slug}`);
}

export const createDepartmentAction = safeAction(DepartmentSchema, createDepartment, {
  onSuccess: (department) => {
    refreshPublic(department.slug);
    redirect(`/admin/departments/${department.id}?notice=created`);
  },
});

export const updateDepartmentAction = safeAction(UpdateDepartmentSchema, updateDepartment, {
  onSuccess: ({ before, after }) => {
    refreshPublic(before.slug, after.slug);
    redirect(`/admin/departments/${after.id}?notice=saved`);
  },
});
