import { DepartmentKind } from "@/lib/generated/prisma/enums";

/** The kinds of agency, in the order of Prisma's enum (the form's choices). */
export const DEPARTMENT_KINDS = Object.values(DepartmentKind);

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  CITY_POLICE: "Police department",
  SHERIFF: "Sheriff's office",
  STATE_PATROL: "State patrol",
  CAMPUS: "Campus police",
  OTHER: "Law enforcement agency",
};
