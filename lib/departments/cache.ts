// PLACEHOLDER until the departments floor plan merges (issue10-platform owns this file).
import "server-only";
export const departmentTag = (slug: string) => `department:${slug}`;
export const DEPARTMENT_DIRECTORY_TAG = "department-directory";
