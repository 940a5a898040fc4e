import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * The staff area's link: a plain `next/link` that is never prefetched.
 *
 * Staff pages are rendered for one person on every request, so prefetching the dozen
 * links on each of them (the admin menu, every row of a table) cost the server a dozen
 * full renders per page view, enough to slow two busy staff members' pages to seconds.
 * Links to public pages are not prefetched either: a prefetch still under way when staff
 * change an event arrives after the change, and the router would then show the public
 * page as it was (docs/decisions/0016).
 */
export function StaffLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
