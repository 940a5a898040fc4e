import NextLink from "next/link";
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { localizedPath, type Locale } from "@/lib/i18n/paths";

type StaffLinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale" | "prefetch"> & {
  href: string;
  /** Given where the page's language cannot be read; otherwise read from the request. */
  locale?: Locale;
};

/**
 * The staff area's link: `next/link` in the page's language (like lib/i18n/navigation's
 * Link: "/admin/events" leads to /es/admin/events on a Spanish page), never prefetched.
 *
 * Staff pages are rendered for one person on every request, so prefetching the dozen
 * links on each of them (the admin menu, every row of a table) cost the server a dozen
 * full renders per page view, enough to slow two busy staff members' pages to seconds.
 * Links to public pages are not prefetched either: a prefetch still under way when staff
 * change an event arrives after the change, and the router would then show the public
 * page as it was (docs/decisions/0016).
 */
export async function StaffLink({ href, locale: given, ...props }: StaffLinkProps) {
  const locale = given ?? ((await getLocale()) as Locale);
  const localized = href.startsWith("/") ? localizedPath(locale, href) : href;
  return <NextLink href={localized} {...props} prefetch={false} />;
}
