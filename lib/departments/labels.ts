import { DepartmentKind } from "@/lib/generated/prisma/enums";

/** The kinds of agency, in the order of Prisma's enum (the form's choices; words in AdminDepartments.form.kindChoice). */
export const DEPARTMENT_KINDS = Object.values(DepartmentKind);
