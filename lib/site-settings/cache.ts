// The cache tag of the site settings, and its invalidation: the only place this domain
// calls next/cache. The trust pages (contact, privacy, accessibility) read the settings
// through a read tagged SITE_SETTINGS_TAG, in both languages.
import "server-only";
import { revalidatePath, updateTag } from "next/cache";

export const SITE_SETTINGS_TAG = "site-settings";

/** After a write (in a server action): every page showing the operator's details. */
export function revalidateSiteSettings(): void {
  updateTag(SITE_SETTINGS_TAG);
  revalidatePath("/admin", "layout");
}
