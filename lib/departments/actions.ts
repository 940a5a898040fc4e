"use server";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import {
  DepartmentLogoSchema,
  DepartmentSchema,
  RemoveDepartmentLogoSchema,
  UpdateDepartmentSchema,
} from "./schemas";
import { createDepartment } from "./create-department";
import { updateDepartment } from "./update-department";
import { removeDepartmentLogo, uploadDepartmentLogo } from "./change-logo";
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

export const uploadDepartmentLogoAction = safeAction(DepartmentLogoSchema, uploadDepartmentLogo, {
  onSuccess: ({ slug, hostedEvents }, { departmentId }) => {
    revalidateDepartmentPages([slug], hostedEvents);
    redirect(`/admin/departments/${departmentId}/logo?notice=logo-saved`);
  },
});

export const removeDepartmentLogoAction = safeAction(RemoveDepartmentLogoSchema, removeDepartmentLogo, {
  onSuccess: ({ slug, hostedEvents }, { departmentId }) => {
    revalidateDepartmentPages([slug], hostedEvents);
    redirect(`/admin/departments/${departmentId}/logo?notice=logo-removed`);
  },
});
