import type { DepartmentKind } from "@/lib/generated/prisma/enums";

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  CITY_POLICE: "Police department",
  SHERIFF: "Sheriff's office",
  STATE_PATROL: "State patrol",
  CAMPUS: "Campus police",
  OTHER: "Law enforcement agency",
};
