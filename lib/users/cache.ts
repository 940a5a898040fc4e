// The pages a change to a person shows on, and their invalidation: the only place the
// users domain calls next/cache. People appear only on admin pages, which render per
// request for the signed-in admin, so there is no shared cache tag to name: the router's
// copies of the people pages are dropped by path.
import "server-only";
import { revalidatePath } from "next/cache";

export const PEOPLE_PATH = "/admin/users";

/** After a write (in a server action): the list of people and this person's page. */
export function revalidatePersonPages(userId: string): void {
  revalidatePath(PEOPLE_PATH);
  revalidatePath(`${PEOPLE_PATH}/${userId}`);
}
