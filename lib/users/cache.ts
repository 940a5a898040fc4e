// The pages a change to a person shows on, and their invalidation: the only place the
// users domain calls next/cache. People appear on admin pages, which render per request
// for the signed-in admin: the router's copies are dropped by path. Publicly, a change
// to a department's staff can change its "verified department" mark.
import "server-only";
import { revalidatePath } from "next/cache";
import { revalidateDepartmentStaff } from "@/lib/departments/cache";

export const PEOPLE_PATH = "/admin/users";

/** After a write (in a server action): the list of people, this person's page, and the departments' marks. */
export function revalidatePersonPages({ userId, departmentIds }: { userId: string; departmentIds: string[] }) {
  revalidatePath(PEOPLE_PATH);
  revalidatePath(`${PEOPLE_PATH}/${userId}`);
  revalidateDepartmentStaff(departmentIds);
}
