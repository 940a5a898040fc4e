"use server";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { localizedPath } from "@/lib/i18n/routing";
import {
  DepartmentContactSchema,
  DepartmentLogoSchema,
  DepartmentSchema,
  RemoveDepartmentLogoSchema,
  UpdateDepartmentSchema,
} from "./schemas";
import { createDepartment } from "./create-department";
import { updateDepartment } from "./update-department";
import { updateDepartmentContact } from "./update-department-contact";
import { removeDepartmentLogo, uploadDepartmentLogo } from "./change-logo";
import { revalidateDepartmentPages } from "./cache";

export const createDepartmentAction = safeAction(DepartmentSchema, createDepartment, {
  onSuccess: (department, _input, { locale }) => {
    revalidateDepartmentPages([department.slug]);
    redirect(localizedPath(locale, `/admin/departments/${department.id}?notice=created`));
  },
});

export const updateDepartmentAction = safeAction(UpdateDepartmentSchema, updateDepartment, {
  onSuccess: ({ before, after, hostedEvents }, _input, { locale }) => {
    revalidateDepartmentPages([before.slug, after.slug], hostedEvents);
    redirect(localizedPath(locale, `/admin/departments/${after.id}?notice=saved`));
  },
});

export const updateDepartmentContactAction = safeAction(DepartmentContactSchema, updateDepartmentContact, {
  onSuccess: ({ slug }, { departmentId }, { locale }) => {
    revalidateDepartmentPages([slug]);
    redirect(localizedPath(locale, `/admin/departments/${departmentId}/contact?notice=saved`));
  },
});

export const uploadDepartmentLogoAction = safeAction(DepartmentLogoSchema, uploadDepartmentLogo, {
  onSuccess: ({ slug, hostedEvents }, { departmentId }, { locale }) => {
    revalidateDepartmentPages([slug], hostedEvents);
    redirect(localizedPath(locale, `/admin/departments/${departmentId}/logo?notice=logo-saved`));
  },
});

export const removeDepartmentLogoAction = safeAction(RemoveDepartmentLogoSchema, removeDepartmentLogo, {
  onSuccess: ({ slug, hostedEvents }, { departmentId }, { locale }) => {
    revalidateDepartmentPages([slug], hostedEvents);
    redirect(localizedPath(locale, `/admin/departments/${departmentId}/logo?notice=logo-removed`));
  },
});
