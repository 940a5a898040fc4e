// What a proposal write invalidates; the only place proposals call next/cache. Proposals
// are never public, so their answers touch the staff area only (the list, the dashboard's
// to-do); a draft made from one is not public either until it is published.
import "server-only";
import { revalidatePath } from "next/cache";

export function revalidateProposalPages(): void {
  revalidatePath("/admin", "layout");
}
