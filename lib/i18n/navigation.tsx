// Links that keep the reader's language: <Link href="/events"> leads to /es/events on a
// Spanish page. Use it instead of next/link. (Not next-intl's createNavigation: its Link
// is a client component, and merely importing it put next-intl's client code, 12 KB,
// into every page's JavaScript.)
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { localizedPath, type Locale } from "./paths";

type LinkProps = Omit<ComponentProps<"a">, "href"> & {
  href: string;
  /** Given inside a 'use cache' scope, where the page's language cannot be read. */
  locale?: Locale;
};

/**
 * A plain link with the address in the page's language. A server component, and not
 * next/link: public pages are documents that the browser loads whole (decision 0029).
 * next/link's code weighed 3 KB in every page's JavaScript, and it prefetched every
 * link in view, fifteen requests per home page view. Client components get their
 * links' addresses as props.
 */
export async function Link({ href, locale: given, ...props }: LinkProps) {
  const locale = given ?? ((await getLocale()) as Locale);
  return <a href={href.startsWith("/") ? localizedPath(locale, href) : href} {...props} />;
}
