"use server";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { DepartmentSchema, UpdateDepartmentSchema } from "./schemas";
import { createDepartment } from "./create-department";
import { updateDepartment } from "./update-department";
import { revalidateDepartmentPages } from "./cache";

export const createDepartmentAction = safeAction(DepartmentSchema, createDepartment, {
  onSuccess: (department) => {
    revalidateDepartmentPages([department.slug]);
    redirect(`/admin/departments/${department.id}?notice=created`);
  },
});

export const updateDepartmentAction = safeAction(UpdateDepartmentSchema, updateDepartment, {
  onSuccess: ({ before, after, hostedEvents }) => {
    revalidateDepartmentPages([before.slug, after.slug], hostedEvents);
    redirect(`/admin/departments/${after.id}?notice=saved`);
  },
});
